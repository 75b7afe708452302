import { afterAll, describe, expect, it } from 'vitest'

import { createPrefixTracker, openTestRedis } from '../testing/redis.js'

import { PendingEvents } from './pending-events.js'

const redis = openTestRedis()
const prefixes = createPrefixTracker(redis)
const uniquePrefix = () => prefixes.next()

afterAll(async () => {
  await prefixes.cleanup()
  await redis.quit()
})

function openPending(): PendingEvents {
  return new PendingEvents(redis, { keyPrefix: uniquePrefix() })
}

describe('PendingEvents', () => {
  it('orders jobs by when their events occurred', async () => {
    const pending = openPending()

    await pending.add('team_a', 'p_1', { jobId: 'job_c', occurredAtMs: 3_000 })
    await pending.add('team_a', 'p_1', { jobId: 'job_a', occurredAtMs: 1_000 })
    await pending.add('team_a', 'p_1', { jobId: 'job_b', occurredAtMs: 2_000 })

    expect(await pending.head('team_a', 'p_1')).toEqual({ jobId: 'job_a', occurredAtMs: 1_000 })
    expect((await pending.list('team_a', 'p_1')).map((event) => event.jobId)).toEqual([
      'job_a',
      'job_b',
      'job_c',
    ])
  })

  it('keeps the first position and time of a job recorded twice', async () => {
    const pending = openPending()

    const first = await pending.add(
      'team_a',
      'p_1',
      { jobId: 'job_a', occurredAtMs: 1_000 },
      50_000,
    )
    const second = await pending.add(
      'team_a',
      'p_1',
      { jobId: 'job_a', occurredAtMs: 9_000 },
      60_000,
    )

    expect(await pending.list('team_a', 'p_1')).toEqual([{ jobId: 'job_a', occurredAtMs: 1_000 }])
    expect(first).toBe(50_000)
    expect(second).toBe(50_000)
  })

  it('records the time again after removal', async () => {
    const pending = openPending()

    await pending.add('team_a', 'p_1', { jobId: 'job_a', occurredAtMs: 1_000 }, 50_000)
    await pending.remove('team_a', 'p_1', 'job_a')

    expect(
      await pending.add('team_a', 'p_1', { jobId: 'job_a', occurredAtMs: 1_000 }, 70_000),
    ).toBe(70_000)
  })

  it('moves the head on removal and empties', async () => {
    const pending = openPending()
    await pending.add('team_a', 'p_1', { jobId: 'job_a', occurredAtMs: 1_000 })
    await pending.add('team_a', 'p_1', { jobId: 'job_b', occurredAtMs: 2_000 })

    await pending.remove('team_a', 'p_1', 'job_a')
    expect((await pending.head('team_a', 'p_1'))?.jobId).toBe('job_b')

    await pending.remove('team_a', 'p_1', 'job_b')
    expect(await pending.head('team_a', 'p_1')).toBeUndefined()
  })

  it('keeps people apart', async () => {
    const pending = openPending()
    await pending.add('team_a', 'p_1', { jobId: 'job_a', occurredAtMs: 1_000 })

    expect(await pending.head('team_a', 'p_2')).toBeUndefined()
    expect(await pending.head('team_b', 'p_1')).toBeUndefined()
  })
})
