import { Agent, getGlobalDispatcher, setGlobalDispatcher } from 'undici'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { credentialForms, testCredentials } from '../testing/credentials.js'
import { rawPersonFixture } from '../testing/fixtures.js'
import { sendJson, startScriptedServer, type ScriptedServer } from '../testing/scripted-server.js'
import { ClockworkClient } from './client.js'
import type { ClockworkClientOptions, ClockworkResponseEvent } from './options.js'

const personId = '6f1c2f0e-8f3a-4c55-9a43-2d1f7e0b9a11'
let server: ScriptedServer

beforeAll(async () => {
  server = await startScriptedServer((_request, response) => sendJson(response, 200, {}))
})

afterAll(() => server.close())

function client(options: Partial<ClockworkClientOptions> = {}) {
  return new ClockworkClient({
    firm: 'acme',
    credentials: testCredentials,
    baseUrl: `${server.url}/`,
    retry: { retries: 2, baseDelayMs: 1, maxDelayMs: 2 },
    ...options,
  })
}

function requestCount(): number {
  return server.requests.length
}

describe('request form', () => {
  it('sends credentials and the firm path', async () => {
    server.handle((_request, response) => sendJson(response, 200, { people: null }))
    const before = requestCount()

    const people = await client().listPeople({ limit: 5, offset: 10 })

    expect(people).toEqual([])
    const request = server.requests[before]
    const token = credentialForms()[3]
    expect(request?.method).toBe('GET')
    expect(request?.url).toBe('/v3.0/acme/people?limit=5&offset=10')
    expect(request?.headers.authorization).toBe(`Token ${token}`)
    expect(request?.headers['x-api-key']).toBe(testCredentials.serviceKey)
    expect(request?.headers.accept).toBe('application/json')
  })

  it('sends a wrapped JSON body', async () => {
    const email = { id: personId, address: 'ada.quill@example.com' }
    server.handle((_request, response) => sendJson(response, 201, { personEmailAddress: email }))
    const before = requestCount()

    const created = await client().records.addEmail(personId, {
      address: 'ada.quill@example.com',
      location: 'work',
    })

    expect(created.address).toBe('ada.quill@example.com')
    const request = server.requests[before]
    expect(request?.method).toBe('POST')
    expect(request?.headers['content-type']).toBe('application/json')
    expect(JSON.parse(request?.body ?? '')).toEqual({
      email: { address: 'ada.quill@example.com', location: 'work' },
    })
  })

  it('offers the Bearer scheme', async () => {
    server.handle((_request, response) => sendJson(response, 200, { people: [] }))
    const before = requestCount()

    await client({ authScheme: 'Bearer' }).listPeople()

    expect(server.requests[before]?.headers.authorization).toMatch(/^Bearer /)
  })

  it('rejects an invalid body before sending', async () => {
    const before = requestCount()

    const error = await client()
      .records.addPosition(personId, {})
      .catch((reason: unknown) => reason)

    expect(error).toMatchObject({ code: 'crm_validation_failed', status: undefined })
    expect(requestCount()).toBe(before)
  })

  it('parses null collections of a person', async () => {
    server.handle((_request, response) => sendJson(response, 200, { person: rawPersonFixture() }))

    const person = await client().getPerson(personId)

    expect(person.emails).toEqual([])
    expect(person.webSites).toEqual([])
    expect(person.createdAt).toBe('2025-02-01 09:30:00')
  })
})

describe('retries', () => {
  it('retries a read until it succeeds', async () => {
    let failures = 2
    server.handle((_request, response) => {
      if (failures > 0) {
        failures -= 1
        sendJson(response, 503, {})
        return
      }
      sendJson(response, 200, { tags: [] })
    })
    const before = requestCount()

    await expect(client().lookups.listTags()).resolves.toEqual([])

    expect(requestCount() - before).toBe(3)
  })

  it('gives up after the retry budget', async () => {
    server.handle((_request, response) => sendJson(response, 502, {}))
    const before = requestCount()

    await expect(client().lookups.listTags()).rejects.toMatchObject({ code: 'crm_server_error' })

    expect(requestCount() - before).toBe(3)
  })

  it.each([
    ['a write', (c: ClockworkClient) => c.notes.create(personId, '<p>Hello</p>'), 503],
    ['a rate-limited read', (c: ClockworkClient) => c.lookups.listTags(), 429],
    ['a rejected read', (c: ClockworkClient) => c.lookups.listTags(), 404],
  ])('never retries %s', async (_name, call, status) => {
    server.handle((_request, response) => sendJson(response, status, {}))
    const before = requestCount()

    await expect(call(client())).rejects.toHaveProperty('status', status)

    expect(requestCount() - before).toBe(1)
  })

  it('honours a per-call retry count', async () => {
    server.handle((_request, response) => sendJson(response, 500, {}))
    const before = requestCount()

    await expect(client().lookups.listTags({}, { retries: 0 })).rejects.toThrow()

    expect(requestCount() - before).toBe(1)
  })
})

describe('signals', () => {
  it('rejects with the caller abort reason', async () => {
    server.handle(() => undefined)
    const controller = new AbortController()
    const reason = new Error('stopped by caller')

    const call = client().listPeople({}, { signal: controller.signal })
    setTimeout(() => controller.abort(reason), 20)

    await expect(call).rejects.toBe(reason)
  })

  it('applies a per-call timeout', async () => {
    server.handle(() => undefined)

    const call = client({ timeoutMs: 60_000 }).listPeople({}, { timeoutMs: 50, retries: 0 })

    await expect(call).rejects.toMatchObject({ code: 'crm_timeout', timeoutMs: 50 })
  })
})

describe('timeout settings', () => {
  it.each([0, -5, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 31])(
    'rejects a client timeoutMs of %d',
    (timeoutMs) => {
      expect(() => client({ timeoutMs })).toThrow(/timeoutMs must be a whole number/)
    },
  )

  it('rejects a zero per-call timeout unsent', async () => {
    const before = requestCount()

    const call = client().listPeople({}, { timeoutMs: 0 })

    await expect(call).rejects.toThrow(/options\.timeoutMs must be a whole number/)
    expect(requestCount()).toBe(before)
  })

  it('follows a global dispatcher set later', async () => {
    server.handle((_request, response) => sendJson(response, 200, { people: null }))
    const built = client({ timeoutMs: 2000 })
    const previous = getGlobalDispatcher()
    const agent = new Agent()
    const dispatched: string[] = []
    setGlobalDispatcher(
      agent.compose((dispatch) => (options, handler) => {
        const timeouts = `${options.headersTimeout}/${options.bodyTimeout}`
        dispatched.push(`${options.method} ${options.path} ${timeouts}`)
        return dispatch(options, handler)
      }),
    )

    try {
      await built.listPeople()
    } finally {
      setGlobalDispatcher(previous)
      await agent.close()
    }

    // The request's own timeouts close it a second after the call's deadline of 2000 ms.
    expect(dispatched).toEqual(['GET /v3.0/acme/people 3000/3000'])
  })
})

describe('hooks', () => {
  it('reports every attempt', async () => {
    let first = true
    server.handle((_request, response) => {
      sendJson(response, first ? 500 : 200, { regions: [] })
      first = false
    })
    const started: string[] = []
    const finished: ClockworkResponseEvent[] = []
    const observed = client({
      hooks: {
        beforeRequest: (event) => {
          started.push(`${event.endpoint} ${event.attempt}`)
        },
        afterResponse: (event) => {
          finished.push(event)
        },
      },
    })

    await observed.lookups.listRegions()

    expect(started).toEqual(['listRegions 1', 'listRegions 2'])
    expect(finished.map((event) => [event.status, event.errorCode])).toEqual([
      [500, 'crm_server_error'],
      [200, undefined],
    ])
    expect(finished[0]).toMatchObject({ method: 'GET', path: '/regions' })
    expect(finished.every((event) => event.durationMs >= 0)).toBe(true)
  })

  it('cancels the call when beforeRequest rejects', async () => {
    const before = requestCount()
    const refusal = new Error('rate limiter closed')
    const limited = client({ hooks: { beforeRequest: () => Promise.reject(refusal) } })

    await expect(limited.listPeople()).rejects.toBe(refusal)

    expect(requestCount()).toBe(before)
  })

  it('rethrows afterResponse errors unretried', async () => {
    server.handle((_request, response) => sendJson(response, 200, { people: null }))
    const before = requestCount()
    const failure = new Error('metrics store offline')
    const observed = client({
      hooks: {
        afterResponse: () => {
          throw failure
        },
      },
    })

    await expect(observed.listPeople()).rejects.toBe(failure)

    expect(requestCount() - before).toBe(1)
  })
})

describe('credentials', () => {
  it.each(['firm-key\n', 'firm\r\nkey', 'firm\0key'])(
    'rejects a service key with %j before sending',
    (serviceKey) => {
      const build = () => client({ credentials: { ...testCredentials, serviceKey } })

      expect(build).toThrow(
        /credentials\.serviceKey contains a line break or NUL character\. Copy the firm service key again/,
      )
      expect(build).not.toThrow(serviceKey)
    },
  )
})
