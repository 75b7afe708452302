import type { Logger } from 'pino'

/** The signed-in user of a request, from a session cookie or a bearer token. */
export interface Principal {
  teamId: string
  userId: string
  role: 'admin' | 'member'
  /** Credential the request came with. Only sessions need a CSRF token. */
  via: 'session' | 'token'
  /** The session id, for sign-out. */
  sessionId?: string
  /** The session's CSRF token. */
  csrfToken?: string
}

/** Hono context variables set by the API's middleware. */
export interface AppVariables {
  /** Id of this request, sent back as `X-Request-Id` and in every log line. */
  requestId: string
  /** Logger bound to this request's id and, once known, its team and user. */
  logger: Logger
  /** The caller, set by the authentication middleware. */
  principal: Principal
}

/** The Hono environment of the API. */
export interface AppEnv {
  Variables: AppVariables
}
