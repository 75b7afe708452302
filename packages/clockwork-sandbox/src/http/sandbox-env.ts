import type { HttpBindings } from '@hono/node-server'
import type { Logger } from 'pino'

import type { FaultInjector } from '../faults/fault-injector.js'
import type { FirmCredentials } from '../firms.js'
import type { FirmStore } from '../state/firm-store.js'
import type { SandboxState } from '../state/sandbox-state.js'
import type { RequestStats } from '../stats.js'

/** Parts every route and middleware of the sandbox shares. */
export interface SandboxContext {
  state: SandboxState
  faults: FaultInjector
  stats: RequestStats
  logger: Logger
  /** Configured firms by name. */
  firms: ReadonlyMap<string, FirmCredentials>
  /** Current time in milliseconds since the Unix epoch. */
  now: () => number
}

/**
 * Hono environment of the sandbox. The Node bindings are present only when
 * the app is served by `@hono/node-server`, not under `app.request()`.
 */
export interface SandboxEnv {
  Bindings: Partial<HttpBindings>
  Variables: {
    firmName: string
    firm: FirmStore
    /** Set when the request's connection was closed on purpose. */
    dropped: boolean
    /** CRM person a request concerns when its path does not name one (`POST /people`). */
    personId: string
  }
}
