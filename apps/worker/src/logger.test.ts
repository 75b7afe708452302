import { LogCapture } from '@talent-sync/logging/testing'
import { describe, expect, it } from 'vitest'

import { createLogger } from './logger.js'

describe('createLogger', () => {
  it('writes the service name and process id', () => {
    const logs = new LogCapture()
    const logger = createLogger({ destination: logs })

    logger.info({ teamId: 'team_a', jobId: 'job_1' }, 'job started')

    const [line] = logs.records()
    expect(line?.service).toBe('talent-sync-worker')
    expect(line?.pid).toBe(process.pid)
    expect(line?.teamId).toBe('team_a')
    expect(line?.msg).toBe('job started')
  })

  it.each([
    [{ apiSecret: 'secret-1' }],
    [{ connection: { apiKey: 'secret-1' } }],
    [{ connection: { credentials: { apiKey: 'secret-1' } } }],
    [{ request: { headers: { 'x-api-key': 'secret-1' } } }],
  ])('redacts credentials in %j', (fields) => {
    const logs = new LogCapture()
    const logger = createLogger({ destination: logs })

    logger.error(fields, 'call failed')

    expect(logs.text()).not.toContain('secret-1')
  })
})
