import { randomUUID } from 'node:crypto'

import { clockworkApiPrefix, clockworkErrorStatus } from '@talent-sync/clockwork'
import { Hono } from 'hono'
import { pino, type Logger } from 'pino'

import { registerControlRoutes } from './control/control-routes.js'
import { FaultInjector } from './faults/fault-injector.js'
import type { FirmCredentials } from './firms.js'
import { guardApi } from './http/api-guard.js'
import { SandboxHttpError } from './http/errors.js'
import { observeRequests } from './http/observe.js'
import type { SandboxContext, SandboxEnv } from './http/sandbox-env.js'
import { registerApiRoutes } from './routes/api-routes.js'
import { SandboxState } from './state/sandbox-state.js'
import { RequestStats } from './stats.js'

/** Options of `createSandbox`. */
export interface SandboxOptions {
  /** Firms served, each with its credentials; at least one. */
  firms: readonly FirmCredentials[]
  /** Logger for request lines and errors; silent when left out. */
  logger?: Logger
  /** Clock in milliseconds since the Unix epoch; `Date.now` when left out. */
  now?: () => number
  /** Id generator; `crypto.randomUUID` when left out. */
  newId?: () => string
}

/** Sandbox app with the parts tests and the server drive directly. */
export interface Sandbox {
  /** Hono app serving `/v3.0/{firm}/...` and `/_sandbox/...`. */
  app: Hono<SandboxEnv>
  /** Records of every firm. */
  state: SandboxState
  /** Fault switches, also set through `PUT /_sandbox/faults`. */
  faults: FaultInjector
  /** API call counts, also read through `GET /_sandbox/stats`. */
  stats: RequestStats
}

/**
 * Builds the sandbox app without listening on a port, for `app.request()`
 * tests and for `startSandbox`. Raises a `TypeError` when no firm is given or
 * two firms share a name.
 */
export function createSandbox(options: SandboxOptions): Sandbox {
  const firms = new Map(options.firms.map((firm) => [firm.name, firm]))

  if (firms.size === 0 || firms.size !== options.firms.length) {
    throw new TypeError('createSandbox needs at least one firm, and firm names must be unique.')
  }

  const now = options.now ?? Date.now
  const logger = options.logger ?? pino({ level: 'silent' })
  const state = new SandboxState([...firms.keys()], { now, newId: options.newId ?? randomUUID })
  const context: SandboxContext = {
    state,
    faults: new FaultInjector(now),
    stats: new RequestStats(),
    logger,
    firms,
    now,
  }

  const app = new Hono<SandboxEnv>()
  app.use('*', observeRequests(context))
  app.use(`${clockworkApiPrefix}/:firm/*`, guardApi(context))
  registerApiRoutes(app, context)
  registerControlRoutes(app, context)

  app.notFound((c) =>
    c.json(
      { message: `Not found: no route for ${c.req.method} ${c.req.path}.` },
      clockworkErrorStatus.notFound,
    ),
  )
  app.onError((error, c) => {
    if (error instanceof SandboxHttpError) {
      return c.json(error.toBody(), error.status, error.headers)
    }

    logger.error({ err: error, method: c.req.method, path: c.req.path }, 'request failed')

    return c.json({ message: 'Internal sandbox error; see the sandbox log.' }, 500)
  })

  return { app, state, faults: context.faults, stats: context.stats }
}
