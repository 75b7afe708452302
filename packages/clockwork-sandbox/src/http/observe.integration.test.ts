import { Writable } from 'node:stream'

import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { startSandbox } from '../server.js'
import { ACME, authHeaders } from '../testing/fixtures.js'

describe('sandbox request log', () => {
  it('logs requests without secrets', async () => {
    const lines: string[] = []
    const sink = new Writable({
      write(chunk: Buffer, _encoding, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean))
        done()
      },
    })
    const sandbox = await startSandbox({ port: 0, firms: [ACME], logger: pino(sink) })
    const pair = Buffer.from(`${ACME.apiKey}:${ACME.apiSecret}`).toString('base64')

    await fetch(`${sandbox.url}/v3.0/acme/tags?api_key=${ACME.apiKey}`, {
      headers: authHeaders(ACME),
    })
    await fetch(`${sandbox.url}/v3.0/acme/tags`, {
      headers: { ...authHeaders(ACME), 'X-API-Key': `${ACME.serviceKey}-wrong` },
    })
    await fetch(`${sandbox.url}/v3.0/acme/people`, {
      method: 'POST',
      headers: authHeaders(ACME),
      body: JSON.stringify({ person: { name: ACME.apiSecret, doNotContact: 'x' } }),
    })
    await sandbox.close()

    const requests = lines
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((entry) => entry.msg === 'request')

    expect(requests.map((entry) => entry.status)).toEqual([200, 403, 422])
    expect(requests[0]).toMatchObject({ method: 'GET', path: '/v3.0/acme/tags', firm: 'acme' })
    expect(typeof requests[0]?.ms).toBe('number')

    for (const secret of [ACME.apiKey, ACME.apiSecret, ACME.serviceKey, pair]) {
      expect(lines.filter((line) => line.includes(secret))).toEqual([])
    }
  })
})
