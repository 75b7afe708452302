import { Writable } from 'node:stream'

import { describe, expect, it } from 'vitest'

import { createLogger } from './logger.js'

function captureLines(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk))
      callback()
    },
  })
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((line) => line !== '')
      .map((line) => JSON.parse(line) as Record<string, unknown>)
  return { stream, lines }
}

describe('createLogger', () => {
  it('writes JSON lines with the service name', () => {
    const { stream, lines } = captureLines()
    const logger = createLogger({ destination: stream })

    logger.info({ teamId: 'team_a', jobId: 'job_1' }, 'job started')

    const [line] = lines()
    expect(line?.service).toBe('talent-sync-worker')
    expect(line?.teamId).toBe('team_a')
    expect(line?.msg).toBe('job started')
  })

  it.each([
    [{ apiSecret: 'secret-1' }],
    [{ connection: { apiKey: 'secret-1' } }],
    [{ connection: { credentials: { apiKey: 'secret-1' } } }],
    [{ request: { headers: { 'x-api-key': 'secret-1' } } }],
  ])('redacts credentials in %j', (fields) => {
    const { stream, lines } = captureLines()
    const logger = createLogger({ destination: stream })

    logger.error(fields, 'call failed')

    expect(JSON.stringify(lines())).not.toContain('secret-1')
  })
})
