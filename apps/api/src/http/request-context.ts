import { randomUUID } from 'node:crypto'

import type { MiddlewareHandler } from 'hono'
import type { Logger } from 'pino'

import type { AppEnv } from '../env.js'

const REQUEST_ID_PATTERN = /^[A-Za-z0-9._-]{1,100}$/

/**
 * Gives each request an id (the caller's `X-Request-Id` when it is a plain
 * token, else a new UUID), a child logger bound to it, and one access log
 * line when the response is ready. The line goes through the request's
 * logger as the handlers left it, so it names the team and user that
 * authentication bound, and never a header or body.
 */
export function requestContext(logger: Logger, now: () => number): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const incoming = c.req.header('x-request-id')
    const requestId = incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID()
    const startedAt = now()

    c.set('requestId', requestId)
    c.set('logger', logger.child({ requestId }))
    c.header('X-Request-Id', requestId)

    await next()

    c.var.logger.info(
      {
        method: c.req.method,
        path: c.req.path,
        status: c.res.status,
        durationMs: now() - startedAt,
      },
      'request finished',
    )
  }
}
