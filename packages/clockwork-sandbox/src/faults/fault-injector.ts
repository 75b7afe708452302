import { noFaults, type FaultSettings } from './fault-settings.js'
import { seededRandom, type RandomSource } from './random.js'

/** What the sandbox does to one request instead of, or besides, responding to it. */
export type FaultOutcome =
  | { kind: 'none' }
  | { kind: 'drop' }
  | { kind: 'revoked' }
  | { kind: 'rate_limited'; retryAfterSeconds: number }
  | { kind: 'error'; status: 500 | 502 | 503 | 504; phase: 'before' | 'after' }

/** Decision for one request: the added delay and the fault, if any. */
export interface FaultDecision {
  latencyMs: number
  outcome: FaultOutcome
}

interface RateWindow {
  second: number
  count: number
}

/**
 * Decides which fault each request meets. Every request takes the same four
 * random draws whatever the settings, so with a `faultSeed` the n-th request
 * always meets the same fault.
 */
export class FaultInjector {
  private current: FaultSettings = noFaults()
  private random: RandomSource = Math.random
  private readonly windows = new Map<string, RateWindow>()

  constructor(private readonly now: () => number) {}

  /** Faults in force. */
  get settings(): FaultSettings {
    return structuredClone(this.current)
  }

  /** Replaces the faults in force and restarts the seeded draws and the rate windows. */
  configure(settings: FaultSettings): void {
    this.current = structuredClone(settings)
    this.random = settings.faultSeed === undefined ? Math.random : seededRandom(settings.faultSeed)
    this.windows.clear()
  }

  /** Decides the fault for the next request of `firm`. */
  decide(firm: string): FaultDecision {
    const settings = this.current
    const dropDraw = this.random()
    const rateLimitDraw = this.random()
    const errorDraw = this.random()
    const statusDraw = this.random()
    const decision = (outcome: FaultOutcome): FaultDecision => ({
      latencyMs: settings.latencyMs,
      outcome,
    })

    if (dropDraw < settings.dropRate) return decision({ kind: 'drop' })
    if (settings.revokedFirms.includes(firm)) return decision({ kind: 'revoked' })

    const retryAfterSeconds = this.takeRateSlot(firm)
    if (retryAfterSeconds !== undefined) {
      return decision({ kind: 'rate_limited', retryAfterSeconds })
    }

    if (rateLimitDraw < settings.rateLimitRate) {
      return decision({ kind: 'rate_limited', retryAfterSeconds: settings.retryAfterSeconds })
    }

    if (errorDraw < settings.errorRate) {
      const statuses = settings.errorStatuses
      const status = statuses[Math.floor(statusDraw * statuses.length)] ?? 500

      return decision({ kind: 'error', status, phase: settings.errorPhase })
    }

    return decision({ kind: 'none' })
  }

  /**
   * Counts a request against the firm's per-second allowance (fixed
   * one-second windows). Returns the seconds to wait when the allowance is
   * used up, or undefined when the request may go on.
   */
  private takeRateSlot(firm: string): number | undefined {
    const limit = this.current.requestsPerSecond
    if (limit === null) return undefined

    const nowMs = this.now()
    const second = Math.floor(nowMs / 1000)
    const window = this.windows.get(firm)

    if (window === undefined || window.second !== second) {
      this.windows.set(firm, { second, count: 1 })
      return undefined
    }

    if (window.count < limit) {
      window.count += 1
      return undefined
    }

    return Math.max(1, Math.ceil(((second + 1) * 1000 - nowMs) / 1000))
  }
}
