import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { credentialForms, testCredentials } from '../testing/credentials.js'
import { sendJson, startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js'
import { ClockworkClient } from './client.js'

let server: ScriptedServer

beforeAll(async () => {
  server = await startScriptedServer((_request, response) => sendJson(response, 200, {}))
})

afterAll(() => server.close())

function client(baseUrl = server.url) {
  return new ClockworkClient({
    firm: 'acme',
    credentials: testCredentials,
    baseUrl,
    timeoutMs: 200,
  })
}

describe('testConnection', () => {
  it.each([
    [200, { people: [] }, 'connected', true],
    [401, { message: 'unauthorized' }, 'api_key_rejected', false],
    [403, { message: 'forbidden' }, 'service_key_rejected', false],
    [404, { message: 'not found' }, 'firm_not_found', false],
    [429, {}, 'rate_limited', false],
    [500, {}, 'server_error', false],
    [422, { message: 'API not enabled' }, 'request_rejected', false],
    [200, { unexpected: true }, 'invalid_response', false],
  ])('maps HTTP %i to its outcome', async (status, body, code, ok) => {
    server.handle((_request, response) => sendJson(response, status, body))
    const before = server.requests.length

    const result = await client().testConnection()

    expect(result.code).toBe(code)
    expect(result.ok).toBe(ok)
    expect(result.message.length).toBeGreaterThan(10)
    expect(server.requests.length - before).toBe(1)
    expect(server.requests[before]?.url).toBe('/v3.0/acme/people?limit=1')
  })

  it('reports a silent server as a timeout', async () => {
    server.handle(() => undefined)

    const result = await client().testConnection()

    expect(result).toMatchObject({ ok: false, code: 'timeout', errorCode: 'crm_timeout' })
  })

  it('reports a closed port as unreachable', async () => {
    const closed = await startScriptedServer(() => undefined)
    await closed.close()

    const result = await client(closed.url).testConnection()

    expect(result).toMatchObject({ ok: false, code: 'unreachable', errorCode: 'crm_unreachable' })
  })

  it('keeps credentials out of every message', async () => {
    for (const status of [401, 403, 404, 500]) {
      server.handle((_request, response) => sendJson(response, status, {}))

      const rendering = JSON.stringify(await client().testConnection())

      for (const secret of credentialForms()) {
        expect(rendering).not.toContain(secret)
      }
    }
  })
})
