import { setTimeout as sleep } from 'node:timers/promises'

import type { Logger } from 'pino'

import { backoffDelay, CALL_BACKOFF, type BackoffPolicy } from '../retry/backoff.js'
import { classifyFailure, errorCode, retryAfterMs } from '../retry/failure-kind.js'

/** Tries of a sync within one job run before the job itself fails an attempt. */
export const SYNC_ROUNDS = 4

/** 429s retried within one job run before the job is delayed instead. */
export const RATE_LIMITED_ROUNDS = 20

/** Wait after a 429 that gave no Retry-After, in milliseconds. */
const DEFAULT_RETRY_AFTER_MS = 1_000

/** Pushes the firm's shared request schedule back by a 429's wait, so every process waits. */
export type PauseFirm = (waitMs: number) => Promise<void>

/**
 * Runs `round` until it succeeds. A 429 pauses the firm for its Retry-After
 * and runs the round again without counting a try, up to
 * {@link RATE_LIMITED_ROUNDS} times. A transient failure (5xx, timeout,
 * dropped connection) is retried after an exponential backoff, up to
 * `rounds` tries. Each round starts over from a fresh read of the CRM, which
 * is what makes a retried write safe. Any other failure, and the last
 * transient one or 429, is thrown to the caller.
 */
export async function retryTransient<T>(
  round: () => Promise<T>,
  logger: Logger,
  options: { pauseFirm?: PauseFirm; rounds?: number; policy?: BackoffPolicy } = {},
): Promise<T> {
  const rounds = options.rounds ?? SYNC_ROUNDS
  let rateLimited = 0

  for (let attempt = 1; ;) {
    try {
      return await round()
    } catch (error) {
      const kind = classifyFailure(error)

      if (
        kind === 'rate_limited' &&
        options.pauseFirm !== undefined &&
        rateLimited < RATE_LIMITED_ROUNDS
      ) {
        rateLimited += 1
        const waitMs = retryAfterMs(error) ?? DEFAULT_RETRY_AFTER_MS
        logger.info({ waitMs, rateLimited }, 'CRM rate limit reached, waiting for Retry-After')
        await options.pauseFirm(waitMs)
        await sleep(waitMs)
        continue
      }
      if (kind !== 'transient' || attempt >= rounds) throw error

      const delayMs = backoffDelay(attempt, options.policy ?? CALL_BACKOFF)
      logger.warn(
        { err: error, code: errorCode(error), attempt, delayMs },
        'CRM call failed, retrying',
      )
      await sleep(delayMs)
      attempt += 1
    }
  }
}
