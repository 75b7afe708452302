import { timingSafeEqual } from 'node:crypto'

import { authenticateApiToken, findSessionByToken, type User } from '@talent-sync/store'
import type { MiddlewareHandler } from 'hono'

import type { AppDeps } from '../deps.js'
import type { AppEnv, Principal } from '../env.js'
import { ApiError } from '../errors.js'
import { readSessionCookie } from './session-cookie.js'

/** Name of the header that carries the CSRF token of a cookie session. */
export const CSRF_HEADER = 'X-CSRF-Token'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

function sameToken(received: string | undefined, expected: string): boolean {
  if (received === undefined) return false
  const receivedBytes = Buffer.from(received)
  const expectedBytes = Buffer.from(expected)
  return (
    receivedBytes.length === expectedBytes.length && timingSafeEqual(receivedBytes, expectedBytes)
  )
}

function toPrincipal(user: User, via: Principal['via']): Principal {
  return { teamId: user.teamId, userId: user.id, role: user.role, via }
}

async function findPrincipal(
  deps: AppDeps,
  authorization: string | undefined,
  cookie: string | undefined,
) {
  const now = deps.clock.now()

  if (authorization !== undefined) {
    const match = /^Bearer ([A-Za-z0-9_-]{1,200})$/.exec(authorization)
    const found = match ? await authenticateApiToken(deps.db, match[1]!, now) : undefined
    return found ? toPrincipal(found.user, 'token') : undefined
  }

  if (cookie !== undefined) {
    const found = await findSessionByToken(deps.db, cookie, now)
    if (!found) return undefined
    return {
      ...toPrincipal(found.user, 'session'),
      sessionId: found.session.id,
      csrfToken: found.session.csrfToken,
    }
  }

  return undefined
}

/**
 * Requires a signed-in user: a bearer token (the browser extension) or the
 * session cookie (the SPA). A cookie-authenticated request that changes
 * anything must also carry the session's CSRF token in `X-CSRF-Token`,
 * because the browser attaches the cookie to requests from any site.
 * Bearer requests need no CSRF token, since no browser adds them on its own.
 */
export function requireUser(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = await findPrincipal(deps, c.req.header('authorization'), readSessionCookie(c))
    if (!principal) {
      throw new ApiError('unauthorized', 'Sign in, or send a valid bearer token.')
    }

    const needsCsrf = principal.via === 'session' && !SAFE_METHODS.has(c.req.method)
    if (needsCsrf && !sameToken(c.req.header(CSRF_HEADER), principal.csrfToken ?? '')) {
      throw new ApiError(
        'csrf_token_invalid',
        `Send the session's CSRF token in the ${CSRF_HEADER} header.`,
      )
    }

    c.set('principal', principal)
    c.set('logger', c.var.logger.child({ teamId: principal.teamId, userId: principal.userId }))
    await next()
  }
}

/** Raises 403 `forbidden` unless the caller is a team admin. */
export function requireAdmin(principal: Principal, action: string): void {
  if (principal.role !== 'admin') throw new ApiError('forbidden', `Only team admins can ${action}.`)
}
