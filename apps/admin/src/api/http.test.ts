import { describe, expect, it } from 'vitest'

import { ApiClient } from './client.js'
import { ApiError, describeError } from './errors.js'

interface Recorded {
  url: string
  init: RequestInit
}

function fakeFetch(responses: Response[]): { fetch: typeof fetch; calls: Recorded[] } {
  const calls: Recorded[] = []
  const fetchImpl = (async (url: string, init: RequestInit) => {
    calls.push({ url, init })
    const next = responses.shift()
    if (!next) throw new Error('no response queued')
    return next
  }) as unknown as typeof fetch
  return { fetch: fetchImpl, calls }
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  })
}

const SESSION = {
  user: { id: 'user_1', email: 'ada@example.test', role: 'admin' },
  team: { id: 'team_1', name: 'Fictional Search' },
  csrfToken: 'csrf-123',
}

describe('ApiClient', () => {
  it('sends credentials and the CSRF token after sign-in', async () => {
    const { fetch, calls } = fakeFetch([json(200, SESSION), json(200, { status: 'disconnected' })])
    const api = new ApiClient({ fetch, baseUrl: 'http://127.0.0.1:9' })

    await api.signIn('ada@example.test', 'pw')
    await api.deactivateConnection().catch(() => undefined)

    expect(calls[0]!.url).toBe('http://127.0.0.1:9/v1/session')
    expect(calls[0]!.init.credentials).toBe('include')
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      email: 'ada@example.test',
      password: 'pw',
    })
    const headers = calls[1]!.init.headers as Record<string, string>
    expect(calls[1]!.init.method).toBe('DELETE')
    expect(headers['X-CSRF-Token']).toBe('csrf-123')
  })

  it('leaves the CSRF token off GET requests', async () => {
    const { fetch, calls } = fakeFetch([json(200, SESSION), json(200, { items: [] })])
    const api = new ApiClient({ fetch })

    await api.getSession()
    await api.listActivity({ kind: 'failed', cursor: undefined })

    const headers = calls[1]!.init.headers as Record<string, string>
    expect(headers['X-CSRF-Token']).toBeUndefined()
    expect(calls[1]!.url).toBe('/v1/activity?kind=failed')
  })

  it('turns an error body into an ApiError with field issues', async () => {
    const body = {
      error: {
        code: 'invalid_settings',
        message: 'The settings have invalid fields.',
        errors: [
          { path: 'fieldMapping.stringVariables.firstName', message: 'unknown CRM field' },
          { path: 'sync.mandatoryFields', message: 'must not repeat a field' },
          { nonsense: true },
        ],
      },
    }
    const { fetch } = fakeFetch([json(400, body)])
    const api = new ApiClient({ fetch })

    const error = await api.getSettings().catch((caught: unknown) => caught)

    expect(error).toBeInstanceOf(ApiError)
    const apiError = error as ApiError
    expect(apiError.code).toBe('invalid_settings')
    expect(apiError.status).toBe(400)
    expect(apiError.issues).toHaveLength(2)
    expect(apiError.issuesAt('fieldMapping.stringVariables')).toEqual(['unknown CRM field'])
    expect(apiError.issuesAt('sync')).toEqual(['must not repeat a field'])
  })

  it.each([
    ['an HTML page', new Response('<html>oops</html>', { status: 502 }), 'invalid_response', 502],
    ['an empty body', new Response('', { status: 500 }), 'invalid_response', 500],
    ['a body without code', json(400, { message: 'x' }), 'invalid_response', 400],
  ])('reports %s as invalid_response', async (_name, response, code, status) => {
    const { fetch } = fakeFetch([response])
    const error = (await new ApiClient({ fetch })
      .getConnection()
      .catch((e: unknown) => e)) as ApiError

    expect(error.code).toBe(code)
    expect(error.status).toBe(status)
    expect(error.message).not.toContain('oops')
  })

  it('reports a failed fetch as network_error', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('connect ECONNREFUSED 127.0.0.1:9 at internal/stack')
    }) as unknown as typeof fetch
    const error = (await new ApiClient({ fetch: fetchImpl })
      .getConnection()
      .catch((e: unknown) => e)) as ApiError

    expect(error.code).toBe('network_error')
    expect(error.status).toBe(0)
    expect(error.message).not.toContain('ECONNREFUSED')
  })

  it('calls onUnauthorized on a 401', async () => {
    let signedOut = 0
    const { fetch } = fakeFetch([
      json(401, { error: { code: 'unauthorized', message: 'Sign in first.' } }),
    ])
    const api = new ApiClient({ fetch, onUnauthorized: () => (signedOut += 1) })

    await expect(api.getSettings()).rejects.toMatchObject({ code: 'unauthorized' })
    expect(signedOut).toBe(1)
  })

  it('forgets the CSRF token on sign-out even when it fails', async () => {
    const { fetch } = fakeFetch([
      json(200, SESSION),
      json(500, { error: { code: 'internal_error', message: 'failed', requestId: 'req-7' } }),
    ])
    const api = new ApiClient({ fetch })

    await api.signIn('ada@example.test', 'pw')
    const error = (await api.signOut().catch((e: unknown) => e)) as ApiError

    expect(api.http.csrfToken).toBeUndefined()
    expect(error.requestId).toBe('req-7')
    expect(describeError(error)).toBe('failed (request id req-7)')
  })

  it('encodes ids in activity paths', async () => {
    const { fetch, calls } = fakeFetch([json(200, { id: 'a/b' })])
    await new ApiClient({ fetch }).decideReview('a/b', 'same_person', 'crm_9')

    expect(calls[0]!.url).toBe('/v1/activity/a%2Fb/decision')
    expect(JSON.parse(String(calls[0]!.init.body))).toEqual({
      decision: 'same_person',
      crmPersonId: 'crm_9',
    })
  })
})

describe('describeError', () => {
  it('hides the text of unknown errors', () => {
    const message = describeError(new Error('TypeError at Object.<anonymous> (/app/x.js:1:1)'))

    expect(message).not.toContain('x.js')
    expect(message).toMatch(/Reload the page/)
  })
})
