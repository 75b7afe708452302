import type { CreatedTeam } from '@talent-sync/store'
import { beforeAll, describe, expect, it } from 'vitest'

import { readError, readJsonAs } from '../../testing/fixtures.js'
import { createBearerToken, signIn } from '../../testing/sign-in.js'
import { TEST_PASSWORD, useTestApp } from '../../testing/test-app.js'

function signInRequest(email: string, password: string): RequestInit {
  return {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  }
}

describe('session and tokens', () => {
  const getTestApp = useTestApp()
  let created: CreatedTeam

  beforeAll(async () => {
    created = await getTestApp().createTeam()
  })

  it('signs in with a Lax httpOnly cookie', async () => {
    const response = await getTestApp().app.request(
      '/v1/session',
      signInRequest(created.admin.email, TEST_PASSWORD),
    )
    const body = await readJsonAs<{
      user: { id: string; role: string }
      team: { id: string }
      csrfToken: string
    }>(response)
    const cookie = response.headers.get('set-cookie') ?? ''

    expect(response.status).toBe(200)
    expect(body.user).toMatchObject({ id: created.admin.id, role: 'admin' })
    expect(body.team.id).toBe(created.team.id)
    expect(body.csrfToken).toMatch(/.{20,}/)
    expect(cookie).toContain('talent_sync_session=')
    expect(cookie).toContain('HttpOnly')
    expect(cookie).toContain('SameSite=Lax')
    expect(cookie).not.toContain('Secure')
    expect(JSON.stringify(body)).not.toContain('password')
  })

  it('logs request ids once', async () => {
    const { app, logs } = getTestApp()
    const session = await signIn(app, created.admin.email)

    const response = await app.request('/v1/session', { headers: { Cookie: session.cookie } })

    const line = logs.lines.find(
      (entry) => entry.includes('"request finished"') && entry.includes(created.admin.id),
    )
    expect(response.status).toBe(200)
    expect(line).toBeDefined()
    expect(line?.match(/"teamId"/g)).toHaveLength(1)
    expect(line?.match(/"userId"/g)).toHaveLength(1)
    expect(line).toContain(`"teamId":"${created.team.id}"`)
  })

  it('marks the cookie Secure over https', async () => {
    const response = await getTestApp().app.request(
      'https://talent-sync.example.test/v1/session',
      signInRequest(created.admin.email, TEST_PASSWORD),
    )

    expect(response.status).toBe(200)
    expect(response.headers.get('set-cookie')).toContain('Secure')
  })

  it.each([
    ['a wrong password', () => created.admin.email, 'wrong password'],
    ['an unknown email', () => 'nobody@example.test', TEST_PASSWORD],
  ])('rejects %s', async (_, email, password) => {
    const response = await getTestApp().app.request('/v1/session', signInRequest(email(), password))

    expect(response.status).toBe(401)
    expect((await readError(response)).code).toBe('unauthorized')
  })

  it('rejects a body without a password', async () => {
    const response = await getTestApp().app.request('/v1/session', {
      method: 'POST',
      body: JSON.stringify({ email: created.admin.email }),
    })
    const error = await readError(response)

    expect(response.status).toBe(400)
    expect(error.errors).toEqual([{ path: 'password', message: expect.any(String) }])
  })

  it('returns the caller of a session', async () => {
    const session = await signIn(getTestApp().app, created.admin.email)
    const response = await getTestApp().app.request('/v1/session', {
      headers: { Cookie: session.cookie },
    })
    const body = await readJsonAs<{ user: { id: string }; csrfToken: string }>(response)

    expect(response.status).toBe(200)
    expect(body.user.id).toBe(created.admin.id)
    expect(body.csrfToken).toBe(session.csrfToken)
  })

  it('requires authentication', async () => {
    const response = await getTestApp().app.request('/v1/session')

    expect(response.status).toBe(401)
    expect((await readError(response)).code).toBe('unauthorized')
  })

  it('requires the CSRF token for cookie writes', async () => {
    const session = await signIn(getTestApp().app, created.admin.email)
    const cases = [
      { headers: { Cookie: session.cookie }, status: 403 },
      { headers: { Cookie: session.cookie, 'X-CSRF-Token': 'not-the-token' }, status: 403 },
      { headers: session.headers, status: 201 },
    ]

    for (const { headers, status } of cases) {
      const response = await getTestApp().app.request('/v1/tokens', {
        method: 'POST',
        headers,
        body: '{}',
      })
      expect(response.status).toBe(status)
    }
  })

  it('accepts bearer tokens without a CSRF token', async () => {
    const session = await signIn(getTestApp().app, created.admin.email)
    const token = await createBearerToken(getTestApp().app, session)
    const headers = { Authorization: `Bearer ${token}` }

    const read = await getTestApp().app.request('/v1/session', { headers })
    const write = await getTestApp().app.request('/v1/tokens', {
      method: 'POST',
      headers,
      body: '{}',
    })
    const forged = await getTestApp().app.request('/v1/session', {
      headers: { Authorization: `Bearer ${token}x` },
    })

    expect(token).toMatch(/^tsk_/)
    expect(read.status).toBe(200)
    expect(write.status).toBe(201)
    expect(forged.status).toBe(401)
  })

  it('signs out', async () => {
    const session = await signIn(getTestApp().app, created.admin.email)
    const signOut = await getTestApp().app.request('/v1/session', {
      method: 'DELETE',
      headers: session.headers,
    })
    const after = await getTestApp().app.request('/v1/session', {
      headers: { Cookie: session.cookie },
    })

    expect(signOut.status).toBe(204)
    expect(after.status).toBe(401)
  })

  it('never logs passwords, session cookies or tokens', async () => {
    const { app, logs } = getTestApp()
    const session = await signIn(app, created.admin.email)
    const token = await createBearerToken(app, session)
    await app.request('/v1/session', { headers: { Authorization: `Bearer ${token}` } })
    const text = logs.text()

    expect(text).toContain('signed in')
    for (const secret of [TEST_PASSWORD, session.cookie.split('=')[1]!, session.csrfToken, token]) {
      expect(text).not.toContain(secret)
    }
  })
})

describe('sign-in rate limit', () => {
  const getTestApp = useTestApp({ config: { loginMaxAttempts: 3, loginWindowSeconds: 60 } })

  function fromAddress(address: string) {
    return { incoming: { socket: { remoteAddress: address } } }
  }

  it('limits attempts per email', async () => {
    const { admin } = await getTestApp().createTeam()
    const { app } = getTestApp()
    const statuses: number[] = []

    for (const address of ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4']) {
      const response = await app.request(
        '/v1/session',
        signInRequest(admin.email, 'wrong'),
        fromAddress(address),
      )
      statuses.push(response.status)
      if (response.status === 429)
        expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0)
    }
    const blocked = await app.request(
      '/v1/session',
      signInRequest(admin.email, TEST_PASSWORD),
      fromAddress('10.0.0.5'),
    )

    expect(statuses).toEqual([401, 401, 401, 429])
    expect(blocked.status).toBe(429)
    expect((await readError(blocked)).code).toBe('rate_limited')
  })

  it('limits attempts per IP address', async () => {
    const { app } = getTestApp()
    const statuses: number[] = []

    for (const email of ['a@example.test', 'b@example.test', 'c@example.test', 'd@example.test']) {
      const response = await app.request(
        '/v1/session',
        signInRequest(email, 'wrong'),
        fromAddress('10.0.9.9'),
      )
      statuses.push(response.status)
    }

    expect(statuses).toEqual([401, 401, 401, 429])
  })

  it('clears the email counter after a successful sign-in', async () => {
    const { admin } = await getTestApp().createTeam()
    const { app } = getTestApp()
    const statuses: number[] = []

    for (const [index, password] of ['wrong', 'wrong', TEST_PASSWORD, 'wrong', 'wrong'].entries()) {
      const response = await app.request(
        '/v1/session',
        signInRequest(admin.email, password),
        fromAddress(`10.1.0.${index}`),
      )
      statuses.push(response.status)
    }

    expect(statuses).toEqual([401, 401, 200, 401, 401])
  })

  it('does not count successful sign-ins', async () => {
    const { admin } = await getTestApp().createTeam()
    const { app } = getTestApp()
    const statuses: number[] = []

    for (let attempt = 0; attempt < 5; attempt += 1) {
      const response = await app.request(
        '/v1/session',
        signInRequest(admin.email, TEST_PASSWORD),
        fromAddress('10.2.0.1'),
      )
      statuses.push(response.status)
    }

    expect(statuses).toEqual([200, 200, 200, 200, 200])
  })
})

describe('sign-in rate limit behind a proxy', () => {
  const getTestApp = useTestApp({
    config: { loginMaxAttempts: 3, loginWindowSeconds: 60, trustedProxies: 1 },
  })

  function attempt(email: string, forwardedFor: string) {
    const request = signInRequest(email, 'wrong')
    const headers = { 'Content-Type': 'application/json', 'X-Forwarded-For': forwardedFor }
    // Every request comes from the proxy's socket address.
    const proxy = { incoming: { socket: { remoteAddress: '10.0.0.100' } } }
    return getTestApp().app.request('/v1/session', { ...request, headers }, proxy)
  }

  it('limits attempts per forwarded address', async () => {
    const statuses: number[] = []
    for (const email of ['e@example.test', 'f@example.test', 'g@example.test', 'h@example.test']) {
      statuses.push((await attempt(email, '203.0.113.7')).status)
    }
    const otherClient = await attempt('i@example.test', '203.0.113.8')
    const forgedEntry = await attempt('j@example.test', '198.51.100.1, 203.0.113.7')

    expect(statuses).toEqual([401, 401, 401, 429])
    expect(otherClient.status).toBe(401)
    expect(forgedEntry.status).toBe(429)
  })
})
