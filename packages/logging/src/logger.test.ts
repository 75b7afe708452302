import { describe, expect, it } from 'vitest'

import { createLogger } from './logger.js'
import { LogCapture } from './testing.js'

describe('createLogger', () => {
  it('writes the service and base fields', () => {
    const logs = new LogCapture()
    const logger = createLogger({
      service: 'talent-sync-test',
      base: { pid: 42 },
      destination: logs,
    })

    logger.info({ teamId: 'team_a', jobId: 'job_1' }, 'job started')

    const [line] = logs.records()
    expect(line?.service).toBe('talent-sync-test')
    expect(line?.pid).toBe(42)
    expect(line?.teamId).toBe('team_a')
    expect(line?.jobId).toBe('job_1')
    expect(line?.msg).toBe('job started')
  })

  it('skips lines below the level', () => {
    const logs = new LogCapture()
    const logger = createLogger({ service: 'talent-sync-test', level: 'warn', destination: logs })

    logger.info('hidden')
    logger.warn('shown')

    expect(logs.records().map((line) => line.msg)).toEqual(['shown'])
  })

  it.each([
    [{ authorization: 'Bearer tsk_secret_value' }],
    [{ password: 'hunter2-secret_value' }],
    [{ headers: { authorization: 'Bearer secret_value', cookie: 'session=secret_value' } }],
    [{ headers: { 'X-API-Key': 'svc_secret_value', Authorization: 'Token secret_value' } }],
    [{ request: { headers: { 'x-api-key': 'secret_value' } } }],
    [{ request: { headers: { 'x-talent-sync-signature': 't=1,v1=secret_value' } } }],
    [{ response: { 'set-cookie': 'session=secret_value' } }],
    [
      {
        input: {
          apiKey: 'key_secret_value',
          apiSecret: 'secret_value',
          serviceKey: 'svc_secret_value',
        },
      },
    ],
    [{ team: { signingSecret: 'tss_secret_value' } }],
    [{ connection: { credentials: { apiKey: 'key_secret_value' } } }],
    [{ config: { encryptionKey: 'enc_secret_value' } }],
    [{ session: { csrfToken: 'csrf_secret_value', token: 'tok_secret_value' } }],
  ])('redacts %j', (fields) => {
    const logs = new LogCapture()
    const logger = createLogger({ service: 'talent-sync-test', destination: logs })

    logger.error(fields, 'call failed')

    const text = logs.text()
    expect(text).toContain('call failed')
    expect(text).toContain('[redacted]')
    expect(text).not.toContain('secret_value')
  })
})
