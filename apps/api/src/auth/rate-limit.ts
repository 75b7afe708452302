import { createHash } from 'node:crypto'

import type { Redis } from 'ioredis'

import { ApiError } from '../errors.js'

/** A fixed-window counter of failed attempts kept in Redis. */
export interface RateLimitOptions {
  /** Full Redis key of the counter. */
  key: string
  /** Failed attempts allowed per window. */
  maxAttempts: number
  /** Window length in seconds. */
  windowSeconds: number
}

/**
 * Raises a 429 `rate_limited` with `Retry-After` when the counter already
 * contains `maxAttempts` failed attempts in its window. It counts nothing
 * itself, so successful sign-ins never use up the allowance.
 */
export async function checkRateLimit(redis: Redis, options: RateLimitOptions): Promise<void> {
  const result = await redis.multi().get(options.key).ttl(options.key).exec()

  const attempts = Number(result?.[0]?.[1] ?? 0)
  const ttl = Number(result?.[1]?.[1] ?? options.windowSeconds)
  if (attempts >= options.maxAttempts) {
    const retryAfter = Math.max(1, ttl)
    throw new ApiError(
      'rate_limited',
      `Too many failed sign-in attempts. Try again in ${retryAfter} seconds.`,
      { headers: { 'Retry-After': String(retryAfter) } },
    )
  }
}

/**
 * Counts one failed attempt. The counter and its expiry are set in one
 * transaction, so a crash cannot leave a counter that never expires.
 */
export async function recordFailedAttempt(redis: Redis, options: RateLimitOptions): Promise<void> {
  await redis.multi().incr(options.key).expire(options.key, options.windowSeconds, 'NX').exec()
}

/** Clears a counter, for example after a successful sign-in. */
export async function resetRateLimit(redis: Redis, key: string): Promise<void> {
  await redis.del(key)
}

/**
 * Returns the Redis key of a sign-in counter. The value is hashed, so the
 * keys do not list the emails or addresses that tried to sign in.
 */
export function loginRateLimitKey(prefix: string, kind: 'email' | 'ip', value: string): string {
  const digest = createHash('sha256').update(value).digest('hex').slice(0, 32)
  return `${prefix}login:${kind}:${digest}`
}
