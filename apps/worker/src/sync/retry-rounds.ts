import { setTimeout as sleep } from 'node:timers/promises'

import type { Logger } from 'pino'

import { backoffDelay, CALL_BACKOFF, type BackoffPolicy } from '../retry/backoff.js'
import { classifyFailure, errorCode } from '../retry/failure-kind.js'

/** Tries of a sync within one job run before the job itself fails an attempt. */
export const SYNC_ROUNDS = 4

/**
 * Runs `round` until it succeeds, retrying transient failures (5xx,
 * timeouts, dropped connections) after an exponential backoff, up to
 * `rounds` tries. Each round starts over from a fresh read of the CRM, which
 * is what makes a retried write safe. Any other failure, and the last
 * transient one, is thrown to the caller.
 */
export async function retryTransient<T>(
  round: (attempt: number) => Promise<T>,
  logger: Logger,
  options: { rounds?: number; policy?: BackoffPolicy } = {},
): Promise<T> {
  const rounds = options.rounds ?? SYNC_ROUNDS

  for (let attempt = 1; ; attempt += 1) {
    try {
      return await round(attempt)
    } catch (error) {
      if (classifyFailure(error) !== 'transient' || attempt >= rounds) throw error

      const delayMs = backoffDelay(attempt, options.policy ?? CALL_BACKOFF)
      logger.warn(
        { err: error, code: errorCode(error), attempt, delayMs },
        'CRM call failed, retrying',
      )
      await sleep(delayMs)
    }
  }
}
