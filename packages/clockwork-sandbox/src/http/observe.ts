import { clockworkApiPrefix } from '@talent-sync/clockwork'
import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'

import type { SandboxContext, SandboxEnv } from './sandbox-env.js'

/** Path prefix of the emulated API; route templates are counted without it. */
const API_PREFIX = `${clockworkApiPrefix}/:firm`

/**
 * Logs every request (method, path without query, status, duration, firm)
 * and counts API calls per firm. Only those fields are logged: never headers,
 * query strings or bodies, because they carry credentials and personal data.
 */
export function observeRequests(context: SandboxContext): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const started = performance.now()

    await next()

    const ms = Math.round((performance.now() - started) * 10) / 10
    const firm = c.get('firmName')
    const status = c.get('dropped') === true ? ('dropped' as const) : c.res.status

    if (firm !== undefined && context.firms.has(firm)) {
      context.stats.record(firm, routeTemplate(c), status)
    }

    context.logger.info({ method: c.req.method, path: c.req.path, status, ms, firm }, 'request')
  }
}

/** Method and path template of the route that matched, e.g. `GET /people/:id`. */
export function routeTemplate(c: Context): string {
  const handlers = matchedRoutes(c).filter((route) => route.method !== 'ALL')
  const path = handlers.at(-1)?.path

  if (path === undefined) return `${c.req.method} (unmatched)`

  const template = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path

  return `${c.req.method} ${template}`
}
