import type { Hono } from 'hono'
import { expect } from 'vitest'

import type { AppEnv } from '../env.js'
import { TEST_PASSWORD } from './test-app.js'

/** A signed-in browser session: the cookie header to send and the CSRF token. */
export interface TestSession {
  cookie: string
  csrfToken: string
  /** Headers for a cookie request that changes data. */
  headers: Record<string, string>
}

/** Signs in through `POST /v1/session` and returns the session. */
export async function signIn(
  app: Hono<AppEnv>,
  email: string,
  password = TEST_PASSWORD,
): Promise<TestSession> {
  const response = await app.request('/v1/session', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  expect(response.status).toBe(200)

  const setCookie = response.headers.get('set-cookie') ?? ''
  const cookie = setCookie.split(';')[0] ?? ''
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return {
    cookie,
    csrfToken,
    headers: { Cookie: cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json' },
  }
}

/** Creates a bearer token for a signed-in session through `POST /v1/tokens`. */
export async function createBearerToken(app: Hono<AppEnv>, session: TestSession): Promise<string> {
  const response = await app.request('/v1/tokens', {
    method: 'POST',
    headers: session.headers,
    body: '{}',
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as { token: string }).token
}

/** Sends a JSON body with a session's cookie and CSRF token. */
export function sendJson(
  app: Hono<AppEnv>,
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  session: TestSession,
  body?: unknown,
): Promise<Response> {
  const init: RequestInit = { method, headers: session.headers }
  if (body !== undefined) init.body = JSON.stringify(body)
  return Promise.resolve(app.request(path, init))
}

/** Reads a path with a session's cookie, expects 200 and returns the JSON body. */
export async function getJson<T>(
  app: Hono<AppEnv>,
  path: string,
  session: TestSession,
): Promise<T> {
  const response = await app.request(path, { headers: { Cookie: session.cookie } })
  expect(response.status).toBe(200)
  return (await response.json()) as T
}
