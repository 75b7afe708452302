import { inspect } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { credentialForms, testCredentials } from '../testing/credentials.js'
import { expectClockworkFailure } from '../testing/expect-failure.js'
import { sendJson, startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js'
import { ClockworkClient } from './client.js'
import { ClockworkRateLimitError, ClockworkValidationError } from './errors.js'

let server: ScriptedServer

beforeAll(async () => {
  server = await startScriptedServer((_request, response) => sendJson(response, 200, {}))
})

afterAll(() => server.close())

function client(timeoutMs = 2000) {
  return new ClockworkClient({
    firm: 'acme',
    credentials: testCredentials,
    baseUrl: server.url,
    timeoutMs,
    retry: { retries: 0 },
  })
}

const secretEcho = `bad value ${testCredentials.apiSecret} for ${testCredentials.serviceKey}`

const statusCases = [
  {
    status: 401,
    body: { message: 'bad token' },
    code: 'crm_credentials_rejected',
    retryable: false,
  },
  { status: 403, body: { message: 'bad key' }, code: 'crm_credentials_rejected', retryable: false },
  { status: 404, body: { message: 'no firm' }, code: 'crm_not_found', retryable: false },
  { status: 422, body: { message: secretEcho }, code: 'crm_validation_failed', retryable: false },
  { status: 400, body: 'plain text', code: 'crm_validation_failed', retryable: false },
  { status: 429, body: {}, code: 'crm_rate_limited', retryable: true },
  { status: 500, body: {}, code: 'crm_server_error', retryable: true },
  { status: 503, body: {}, code: 'crm_server_error', retryable: true },
  { status: 408, body: {}, code: 'crm_server_error', retryable: true },
  { status: 302, body: {}, code: 'crm_invalid_response', retryable: false },
] as const

describe('error mapping', () => {
  it.each(statusCases)('maps HTTP $status to $code', async ({ status, body, code, retryable }) => {
    server.handle((_request, response) => sendJson(response, status, body))

    const error = await expectClockworkFailure(client().listPeople())

    expect(error.code).toBe(code)
    expect(error.retryable).toBe(retryable)
    expect(error.status).toBe(status)
    expect(error.method).toBe('GET')
    expect(error.path).toBe('/people')
  })

  it('names the rejected credential', async () => {
    for (const [status, credential] of [
      [401, 'api_key'],
      [403, 'service_key'],
    ] as const) {
      server.handle((_request, response) => sendJson(response, status, {}))

      const error = await expectClockworkFailure(client().listPeople())

      expect(error).toMatchObject({ code: 'crm_credentials_rejected', credential })
    }
  })

  it('carries the validation message and fields', async () => {
    const body = { message: 'Validation failed', errors: { address: ['is invalid'] } }
    server.handle((_request, response) => sendJson(response, 422, body))
    const personId = '6f1c2f0e-8f3a-4c55-9a43-2d1f7e0b9a11'

    const error = await expectClockworkFailure(
      client().records.addEmail(personId, { address: 'x' }),
    )

    expect(error).toBeInstanceOf(ClockworkValidationError)
    expect(error).toMatchObject({ crmMessage: 'Validation failed' })
    expect(error).toMatchObject({ fieldErrors: { address: ['is invalid'] } })
    expect(error.path).toBe(`/people/${personId}/email_addresses`)
  })

  it.each([
    ['3', 3000],
    ['0', 0],
    [new Date(Date.now() + 3_600_000).toUTCString(), 3_600_000],
    ['later', undefined],
  ])('reads Retry-After %j', async (retryAfter, expected) => {
    server.handle((_request, response) =>
      sendJson(response, 429, {}, { 'Retry-After': retryAfter }),
    )

    const error = await expectClockworkFailure(client().listPeople())

    expect(error).toBeInstanceOf(ClockworkRateLimitError)
    const waited = (error as ClockworkRateLimitError).retryAfterMs
    if (expected === undefined || expected < 10_000) {
      expect(waited).toBe(expected)
    } else {
      // An HTTP date has whole-second precision and the clock moves during the call.
      expect(waited).toBeGreaterThan(expected - 5000)
      expect(waited).toBeLessThanOrEqual(expected)
    }
  })

  it('reports a body that is not JSON', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'text/html' })
      response.end('<html>login</html>')
    })

    const error = await expectClockworkFailure(client().listPeople())

    expect(error.code).toBe('crm_invalid_response')
    expect(error.message).toMatch(/not JSON/)
  })

  it('reports a body of the wrong shape', async () => {
    server.handle((_request, response) => sendJson(response, 200, { people: [{ id: 'nope' }] }))

    const error = await expectClockworkFailure(client().listPeople())

    expect(error.code).toBe('crm_invalid_response')
    expect(error.message).toMatch(/people\.0\.id/)
  })
})

describe('connection faults', () => {
  it('times out on a silent server', async () => {
    server.handle(() => undefined)

    const error = await expectClockworkFailure(client(100).listPeople())

    expect(error.code).toBe('crm_timeout')
    expect(error.retryable).toBe(true)
  })

  it('times out on a stalled body', async () => {
    server.handle((_request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' })
      response.write('{"people":')
    })

    const error = await expectClockworkFailure(client(150).listPeople())

    expect(error.code).toBe('crm_timeout')
  })

  it('reports a dropped connection', async () => {
    server.handle((_request, _response, socket) => {
      socket.destroy()
    })

    const error = await expectClockworkFailure(client().listPeople())

    expect(error.code).toBe('crm_unreachable')
    expect(error.status).toBeUndefined()
  })

  it('reports a connection dropped mid-body', async () => {
    server.handle((_request, response, socket) => {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': '500' })
      response.write('{"people":[', () => socket.destroy())
    })

    const error = await expectClockworkFailure(client().listPeople())

    expect(error.code).toBe('crm_unreachable')
  })

  it('reports a refused connection', async () => {
    const closed = await startScriptedServer(() => undefined)
    await closed.close()
    const offline = new ClockworkClient({
      firm: 'acme',
      credentials: testCredentials,
      baseUrl: closed.url,
      retry: { retries: 0 },
    })

    const error = await expectClockworkFailure(offline.listPeople())

    expect(error.code).toBe('crm_unreachable')
    expect(error.message).toMatch(/ECONNREFUSED/)
  })
})

describe('secrets in errors', () => {
  const faults: Array<[string, () => void]> = [
    ['401', () => server.handle((_q, r) => sendJson(r, 401, { message: secretEcho }))],
    ['403', () => server.handle((_q, r) => sendJson(r, 403, {}))],
    ['404', () => server.handle((_q, r) => sendJson(r, 404, {}))],
    [
      '422',
      () =>
        server.handle((_q, r) =>
          sendJson(r, 422, { message: secretEcho, errors: { key: [secretEcho] } }),
        ),
    ],
    ['429', () => server.handle((_q, r) => sendJson(r, 429, {}, { 'Retry-After': '1' }))],
    ['500', () => server.handle((_q, r) => sendJson(r, 500, { message: secretEcho }))],
    ['timeout', () => server.handle(() => undefined)],
    ['dropped', () => server.handle((_q, _r, socket) => void socket.destroy())],
    ['invalid', () => server.handle((_q, r) => sendJson(r, 200, { people: secretEcho }))],
  ]

  it.each(faults)('keeps credentials out of a %s error', async (_name, arrange) => {
    arrange()

    const error = await expectClockworkFailure(client(100).listPeople())
    const renderings = [JSON.stringify(error), inspect(error, { depth: 10 }), String(error)]

    for (const rendering of renderings) {
      for (const secret of credentialForms()) {
        expect(rendering).not.toContain(secret)
      }
    }
  })

  it('keeps credentials out of client renderings', () => {
    const renderings = [JSON.stringify(client()), inspect(client(), { depth: 10 })]

    for (const rendering of renderings) {
      for (const secret of credentialForms()) {
        expect(rendering).not.toContain(secret)
      }
    }
  })
})
