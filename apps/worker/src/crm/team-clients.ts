import { setTimeout as sleep } from 'node:timers/promises'

import { ClockworkClient, type ClockworkHooks } from '@talent-sync/clockwork'
import {
  getConnection,
  getConnectionCredentials,
  type CrmConnection,
  type Executor,
  type SecretBox,
} from '@talent-sync/store'

import type { WorkerMetrics } from '../metrics/worker-metrics.js'
import type { FirmRateLimiter } from '../rate-limit/firm-rate-limiter.js'

/** Request budget of a firm whose connection states none. */
export const DEFAULT_REQUESTS_PER_SECOND = 5

/** A team's CRM connection that works, with its client. */
export interface ConnectedCrm {
  status: 'connected'
  teamId: string
  firm: string
  requestsPerSecond: number
  client: ClockworkClient
  /** `updatedAt` of the connection the client was built from, to tell a stale rejection from a fresh one. */
  connectionUpdatedAt: Date
}

/** A team's usable client, or the connection status that prevents one. */
export type TeamCrm =
  ConnectedCrm | { status: 'needs_reconnect' | 'disconnected' | 'missing'; teamId: string }

/** Options of {@link TeamClients}. */
export interface TeamClientsOptions {
  db: Executor
  box: SecretBox
  limiter: FirmRateLimiter
  metrics: WorkerMetrics
  /** Clockwork API origin, such as a local sandbox; the client's default when undefined. */
  baseUrl: string | undefined
  /** Timeout of one CRM call in milliseconds. */
  timeoutMs?: number
}

interface CachedClient {
  updatedAt: number
  crm: ConnectedCrm
}

/**
 * Builds one Clockwork client per team from the stored connection and keeps
 * it until the connection changes (its `updatedAt` moves, as a
 * re-activation does). Every call waits for the firm's shared request
 * budget first and is counted by status in the metrics.
 */
export class TeamClients {
  readonly #options: TeamClientsOptions
  readonly #cache = new Map<string, CachedClient>()

  constructor(options: TeamClientsOptions) {
    this.#options = options
  }

  /** Returns the team's client, or the reason there is none. Reads the connection status every time. */
  async forTeam(teamId: string): Promise<TeamCrm> {
    const connection = await getConnection(this.#options.db, teamId)
    if (connection === undefined) return { status: 'missing', teamId }
    if (connection.status !== 'connected') return { status: connection.status, teamId }

    const cached = this.#cache.get(teamId)
    if (cached !== undefined && cached.updatedAt === connection.updatedAt.getTime())
      return cached.crm

    const crm = await this.#build(connection)
    if (crm === undefined) return { status: 'missing', teamId }

    this.#cache.set(teamId, { updatedAt: connection.updatedAt.getTime(), crm })
    return crm
  }

  /** Forgets the team's client, so the next job reads the connection again. */
  forget(teamId: string): void {
    this.#cache.delete(teamId)
  }

  async #build(connection: CrmConnection): Promise<ConnectedCrm | undefined> {
    const stored = await getConnectionCredentials(
      this.#options.db,
      this.#options.box,
      connection.teamId,
    )
    if (stored === undefined) return undefined

    const firm = connection.firmSubdomain
    const requestsPerSecond =
      connection.requestsPerSecond > 0 ? connection.requestsPerSecond : DEFAULT_REQUESTS_PER_SECOND
    const client = new ClockworkClient({
      firm,
      credentials: stored.credentials,
      ...(this.#options.baseUrl === undefined ? {} : { baseUrl: this.#options.baseUrl }),
      ...(this.#options.timeoutMs === undefined ? {} : { timeoutMs: this.#options.timeoutMs }),
      hooks: this.#hooks(firm, requestsPerSecond),
    })

    return {
      status: 'connected',
      teamId: connection.teamId,
      firm,
      requestsPerSecond,
      client,
      connectionUpdatedAt: connection.updatedAt,
    }
  }

  #hooks(firm: string, requestsPerSecond: number): ClockworkHooks {
    const { limiter, metrics } = this.#options

    return {
      beforeRequest: async () => {
        const waitMs = await limiter.reserve(firm, requestsPerSecond)
        if (waitMs <= 0) return

        metrics.rateLimitWaits.inc()
        metrics.rateLimitWaitSeconds.inc({}, waitMs / 1000)
        await sleep(waitMs)
      },
      afterResponse: (event) => {
        metrics.crmCalls.inc({
          status:
            event.status === undefined ? (event.errorCode ?? 'unknown') : String(event.status),
        })
      },
    }
  }
}
