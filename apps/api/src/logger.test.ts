import { describe, expect, it } from 'vitest'

import { createLogger } from './logger.js'
import { LogCapture } from './testing/log-capture.js'

describe('createLogger', () => {
  it.each([
    [{ authorization: 'Bearer tsk_secret_value' }],
    [{ password: 'hunter2-secret_value' }],
    [
      {
        headers: {
          authorization: 'Bearer secret_value',
          cookie: 'talent_sync_session=secret_value',
        },
      },
    ],
    [{ request: { headers: { 'x-talent-sync-signature': 't=1,v1=secret_value' } } }],
    [
      {
        input: {
          apiKey: 'key_secret_value',
          apiSecret: 'secret_value',
          serviceKey: 'firm_secret_value',
        },
      },
    ],
    [{ team: { signingSecret: 'tss_secret_value' } }],
    [{ connection: { credentials: { apiKey: 'key_secret_value' } } }],
  ])('redacts %j', (fields) => {
    const logs = new LogCapture()
    const logger = createLogger({ destination: logs })

    logger.info(fields, 'something happened')

    expect(logs.text()).toContain('something happened')
    expect(logs.text()).toContain('[redacted]')
    expect(logs.text()).not.toContain('secret_value')
  })

  it('keeps ids', () => {
    const logs = new LogCapture()
    createLogger({ destination: logs }).info({ teamId: 'team_a', userId: 'user_b' }, 'signed in')

    expect(logs.records()[0]).toMatchObject({
      teamId: 'team_a',
      userId: 'user_b',
      service: 'talent-sync-api',
    })
  })
})
