/** Delays that steer how jobs wait, in milliseconds. */
export interface JobTimings {
  /** Wait before a job tries again for a person lock that another job holds. */
  lockRetryMs: number
  /** Wait before a job whose person has an earlier event pending checks its turn again. */
  turnRetryMs: number
  /**
   * Time a job waits after it was queued before it applies its event, so
   * that events of one person queued together are all recorded in the
   * person's pending set and apply in the order they occurred.
   */
  settleMs: number
  /** Wait between checks of a connection that needs reconnecting. */
  reconnectPollMs: number
  /** Wait after a 429 that gave no Retry-After. */
  defaultRetryAfterMs: number
}

/** Production timings. */
export const DEFAULT_JOB_TIMINGS: JobTimings = {
  lockRetryMs: 250,
  turnRetryMs: 250,
  settleMs: 250,
  reconnectPollMs: 15_000,
  defaultRetryAfterMs: 1_000,
}

/** Adds up to 50% random jitter, so jobs that waited together do not wake together. */
export function withJitter(delayMs: number, random: () => number = Math.random): number {
  return Math.round(delayMs * (1 + random() / 2))
}
