import { LogCapture } from '@talent-sync/logging/testing'
import { describe, expect, it } from 'vitest'

import { createLogger } from './logger.js'

// Redaction of each kind of credential is tested in @talent-sync/logging.
describe('createLogger', () => {
  it('redacts a bearer token', () => {
    const logs = new LogCapture()
    const logger = createLogger({ destination: logs })

    logger.info({ authorization: 'Bearer tsk_secret_value' }, 'something happened')

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
