import { setTimeout as sleep } from 'node:timers/promises'

import { clockworkErrorStatus } from '@talent-sync/clockwork'
import type { Context, MiddlewareHandler } from 'hono'

import { checkCredentials, rejectRevoked } from './auth.js'
import { SandboxHttpError } from './errors.js'
import type { SandboxContext, SandboxEnv } from './sandbox-env.js'

/**
 * Runs before every API route: resolves the firm (404 when unknown), applies
 * the configured faults, then checks credentials. Faults come before the
 * credential check so that a revoked firm or a rate limit looks the same
 * whatever the caller sends.
 */
export function guardApi(context: SandboxContext): MiddlewareHandler<SandboxEnv> {
  return async (c, next) => {
    const firmName = c.req.param('firm') ?? ''
    const credentials = context.firms.get(firmName)
    const firm = context.state.firm(firmName)

    if (credentials === undefined || firm === undefined) {
      throw new SandboxHttpError(
        clockworkErrorStatus.notFound,
        'firm_not_found',
        'Firm not found: check the firm name in the path.',
      )
    }

    c.set('firmName', firmName)
    c.set('firm', firm)

    const decision = context.faults.decide(firmName)
    if (decision.latencyMs > 0) await sleep(decision.latencyMs)

    const outcome = decision.outcome
    switch (outcome.kind) {
      case 'drop':
        return dropConnection(c)
      case 'revoked':
        return rejectRevoked()
      case 'rate_limited':
        throw new SandboxHttpError(
          clockworkErrorStatus.rateLimited,
          'rate_limited',
          `Rate limit exceeded: retry after ${outcome.retryAfterSeconds} seconds.`,
          undefined,
          { 'Retry-After': String(outcome.retryAfterSeconds) },
        )
      case 'error':
        if (outcome.phase === 'before') throw injectedError(outcome.status)
        break
      case 'none':
        break
    }

    checkCredentials(credentials, c.req.header('authorization'), c.req.header('x-api-key'))
    await next()

    if (outcome.kind === 'error' && outcome.phase === 'after') {
      const error = injectedError(outcome.status)
      c.res = c.json(error.toBody(), error.status)
    }
  }
}

function injectedError(status: 500 | 502 | 503 | 504): SandboxHttpError {
  return new SandboxHttpError(status, 'injected_fault', `Injected server error ${status}.`)
}

/**
 * Closes the connection without sending a response. Under `app.request()` there is no
 * socket, so it returns the standard network-error response instead.
 */
function dropConnection(c: Context<SandboxEnv>): Response {
  c.set('dropped', true)
  const socket = c.env?.incoming?.socket
  if (socket === undefined) return Response.error()

  socket.destroy()

  // Node's server rejects status 0, so a plain 500 goes nowhere through the closed socket.
  return new Response(null, { status: 500 })
}
