import { afterAll, describe, expect, it } from 'vitest'

import { createPrefixTracker, openTestRedis } from '../testing/redis.js'

import { PersonLock } from './person-lock.js'

const redis = openTestRedis()
const prefixes = createPrefixTracker(redis)
const uniquePrefix = () => prefixes.next()

afterAll(async () => {
  await prefixes.cleanup()
  await redis.quit()
})

describe('PersonLock', () => {
  it('lets one holder in at a time', async () => {
    const lock = new PersonLock(redis, { keyPrefix: uniquePrefix() })

    const first = await lock.tryAcquire('team_a', 'p_1')
    const second = await lock.tryAcquire('team_a', 'p_1')

    expect(first).toBeDefined()
    expect(second).toBeUndefined()
    expect(await first!.release()).toBe(true)

    const third = await lock.tryAcquire('team_a', 'p_1')
    expect(third).toBeDefined()
    await third!.release()
  })

  it.each([
    ['team_a', 'p_1', 'team_b', 'p_1'],
    ['team_a', 'p_1', 'team_a', 'p_2'],
    ['a:b', 'c', 'a', 'b:c'],
  ])('keeps (%s, %s) apart from (%s, %s)', async (teamA, personA, teamB, personB) => {
    const lock = new PersonLock(redis, { keyPrefix: uniquePrefix() })

    const first = await lock.tryAcquire(teamA, personA)
    const second = await lock.tryAcquire(teamB, personB)

    expect(first).toBeDefined()
    expect(second).toBeDefined()
    await first!.release()
    await second!.release()
  })

  it('does not release a lock another holder took after expiry', async () => {
    const prefix = uniquePrefix()
    const lock = new PersonLock(redis, { keyPrefix: prefix, ttlMs: 60_000 })
    const stale = await lock.tryAcquire('team_a', 'p_1')

    // Simulates expiry: the key vanishes and a second process takes the lock.
    const keys = await redis.keys(`${prefix}:lock:*`)
    expect(keys).toHaveLength(1)
    await redis.del(keys[0]!)
    const current = await lock.tryAcquire('team_a', 'p_1')

    expect(await stale!.release()).toBe(false)
    expect(await redis.get(keys[0]!)).toBe(current!.token)
    await current!.release()
  })

  it('keeps a held lock alive past its time to live', async () => {
    const prefix = uniquePrefix()
    const lock = new PersonLock(redis, { keyPrefix: prefix, ttlMs: 150 })
    const held = await lock.tryAcquire('team_a', 'p_1')

    await new Promise((resolve) => setTimeout(resolve, 500))

    expect(held!.lost.aborted).toBe(false)
    expect(await lock.tryAcquire('team_a', 'p_1')).toBeUndefined()
    expect(await held!.release()).toBe(true)
  })

  it('signals loss when another holder replaced the token', async () => {
    const prefix = uniquePrefix()
    const lock = new PersonLock(redis, { keyPrefix: prefix, ttlMs: 150 })
    const held = await lock.tryAcquire('team_a', 'p_1')
    const [key] = await redis.keys(`${prefix}:lock:*`)

    await redis.set(key!, 'someone-else', 'PX', 10_000)
    await new Promise((resolve) => setTimeout(resolve, 300))

    expect(held!.lost.aborted).toBe(true)
    expect(await held!.release()).toBe(false)
    expect(await redis.get(key!)).toBe('someone-else')
    await redis.del(key!)
  })
})
