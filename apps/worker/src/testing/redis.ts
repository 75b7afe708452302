import { randomUUID } from 'node:crypto'

import { Redis } from 'ioredis'

/** URL of the Redis that tests use. */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Returns a key prefix (also usable as a queue name) that no other test uses. */
export function uniqueTestName(kind = 'worker-test'): string {
  return `${kind}-${randomUUID()}`
}

/** Opens a Redis connection that BullMQ accepts for workers as well as queues. */
export function openTestRedis(): Redis {
  return new Redis(TEST_REDIS_URL, { maxRetriesPerRequest: null })
}

/** Deletes every key that starts with `prefix`, so a test leaves Redis as it found it. */
export async function deleteKeysWithPrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0'
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500)
    if (keys.length > 0) await redis.del(...keys)
    cursor = next
  } while (cursor !== '0')
}

/**
 * Hands out unique key prefixes and deletes every key under them at the end,
 * so tests that share one Redis neither collide nor leave keys behind.
 */
export function createPrefixTracker(redis: Redis): { next(): string; cleanup(): Promise<void> } {
  const prefixes: string[] = []
  return {
    next() {
      const prefix = uniqueTestName()
      prefixes.push(prefix)
      return prefix
    },
    async cleanup() {
      for (const prefix of prefixes.splice(0)) await deleteKeysWithPrefix(redis, prefix)
    },
  }
}
