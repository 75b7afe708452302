import { clockworkApiPrefix } from '@talent-sync/clockwork'
import type { Context, MiddlewareHandler } from 'hono'
import { matchedRoutes } from 'hono/route'

import type { SandboxContext, SandboxEnv } from './sandbox-env.js'

/** Path prefix of the emulated API; route templates are counted without it. */
const API_PREFIX = `${clockworkApiPrefix}/:firm`

/** Path parameter that names a CRM person in every person route. */
const PERSON_PARAM = ':personId'

/**
 * Logs every request (method, path without query, status, duration, firm)
 * and counts API calls per firm and per person. Only those fields are logged:
 * never headers, query strings or bodies, because they carry credentials and
 * personal data.
 */
export function observeRequests(context: SandboxContext): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const started = performance.now()

    await next()

    const ms = Math.round((performance.now() - started) * 10) / 10
    const firm = c.get('firmName')
    const status = c.get('dropped') === true ? ('dropped' as const) : c.res.status

    if (firm !== undefined && context.firms.has(firm)) {
      const path = matchedPath(c)
      const route = routeTemplate(c.req.method, path)
      const personId = c.get('personId') ?? pathParam(path, c.req.path, PERSON_PARAM)
      context.stats.record(firm, { route, status, personId })
    }

    context.logger.info({ method: c.req.method, path: c.req.path, status, ms, firm }, 'request')
  }
}

/** Path pattern of the route that matched, e.g. `/v3.0/:firm/people/:personId`. */
function matchedPath(c: Context): string | undefined {
  const handlers = matchedRoutes(c).filter((route) => route.method !== 'ALL')

  return handlers.at(-1)?.path
}

/** Method and path template of a matched route, e.g. `GET /people/:personId`. */
function routeTemplate(method: string, path: string | undefined): string {
  if (path === undefined) return `${method} (unmatched)`

  const template = path.startsWith(API_PREFIX) ? path.slice(API_PREFIX.length) : path

  return `${method} ${template}`
}

/** Returns the path segment at the position of `name` in `pattern`, or undefined without one. */
function pathParam(pattern: string | undefined, path: string, name: string): string | undefined {
  const index = pattern?.split('/').indexOf(name) ?? -1
  const segment = index < 0 ? undefined : path.split('/')[index]
  if (segment === undefined) return undefined

  try {
    return decodeURIComponent(segment)
  } catch {
    // A malformed escape cannot name a stored person, so the raw segment serves as its key.
    return segment
  }
}
