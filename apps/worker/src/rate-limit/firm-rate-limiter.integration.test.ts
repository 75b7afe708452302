import { afterAll, describe, expect, it } from 'vitest'

import { createPrefixTracker, openTestRedis } from '../testing/redis.js'
import { FirmRateLimiter } from './firm-rate-limiter.js'

const redis = openTestRedis()
const otherProcessRedis = openTestRedis()
const prefixes = createPrefixTracker(redis)

function createLimiter(connection = redis, prefix = prefixes.next()): FirmRateLimiter {
  return new FirmRateLimiter(connection, { keyPrefix: prefix })
}

afterAll(async () => {
  await prefixes.cleanup()
  await redis.quit()
  await otherProcessRedis.quit()
})

function sortedGaps(waits: number[]): number[] {
  const sorted = [...waits].sort((a, b) => a - b)
  return sorted.slice(1).map((wait, index) => wait - sorted[index]!)
}

describe('FirmRateLimiter', () => {
  it('lets the first request go at once', async () => {
    const limiter = createLimiter()
    expect(await limiter.reserve('acme', 5)).toBe(0)
  })

  it('spaces reservations by the interval', async () => {
    const limiter = createLimiter()

    const waits = await Promise.all(Array.from({ length: 10 }, () => limiter.reserve('acme', 10)))

    expect(Math.min(...waits)).toBe(0)
    for (const gap of sortedGaps(waits)) {
      // Each reservation is 100 ms after the one before, less the time between the two calls.
      expect(gap).toBeLessThanOrEqual(101)
      expect(gap).toBeGreaterThanOrEqual(80)
    }
  })

  it('shares one schedule between processes', async () => {
    const prefix = prefixes.next()
    const first = createLimiter(redis, prefix)
    const second = createLimiter(otherProcessRedis, prefix)

    const waits = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        (index % 2 === 0 ? first : second).reserve('acme', 20),
      ),
    )

    expect(sortedGaps(waits).every((gap) => gap >= 40)).toBe(true)
    expect(Math.max(...waits)).toBeGreaterThanOrEqual(400)
  })

  it('keeps firms apart', async () => {
    const limiter = createLimiter()

    await limiter.reserve('acme', 1)
    expect(await limiter.reserve('globex', 1)).toBe(0)
    expect(await limiter.reserve('acme', 1)).toBeGreaterThan(900)
  })

  it('delays every caller after a pause', async () => {
    const limiter = createLimiter()

    await limiter.pause('acme', 2_000)
    const wait = await limiter.reserve('acme', 100)

    expect(wait).toBeGreaterThan(1_900)
    expect(wait).toBeLessThanOrEqual(2_000)
  })

  it('allows a burst before spacing', async () => {
    const prefix = prefixes.next()
    const limiter = new FirmRateLimiter(redis, { keyPrefix: prefix, burst: 3 })

    const waits = []
    for (let index = 0; index < 4; index += 1) waits.push(await limiter.reserve('acme', 1))

    expect(waits.slice(0, 3)).toEqual([0, 0, 0])
    expect(waits[3]).toBeGreaterThan(900)
  })

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects a budget of %s',
    async (budget) => {
      const limiter = createLimiter()
      await expect(limiter.reserve('acme', budget)).rejects.toThrow(RangeError)
    },
  )
})
