/** Exponential backoff settings. */
export interface BackoffPolicy {
  /** Delay before the first retry, in milliseconds. */
  baseMs: number
  /** Largest delay, in milliseconds. */
  maxMs: number
}

/** Backoff between tries of one CRM call inside a job. */
export const CALL_BACKOFF: BackoffPolicy = { baseMs: 200, maxMs: 5_000 }

/**
 * Returns the delay before retry number `retry` (1 for the first retry):
 * `baseMs * 2^(retry-1)`, capped at `maxMs`, then drawn uniformly from its
 * upper half. The jitter spreads the retries of jobs that failed together,
 * and keeping the lower half out means a retry never comes almost at once.
 */
export function backoffDelay(
  retry: number,
  policy: BackoffPolicy,
  random: () => number = Math.random,
): number {
  const exponent = Math.max(0, Math.floor(retry) - 1)
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.min(exponent, 30))
  return Math.round(ceiling / 2 + random() * (ceiling / 2))
}
