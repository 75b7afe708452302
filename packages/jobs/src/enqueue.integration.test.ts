import { randomUUID } from 'node:crypto'

import { eventSchema, type PlatformEvent } from '@talent-sync/core'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { afterEach, describe, expect, it } from 'vitest'

import { enqueueEvents } from './enqueue.js'
import { syncJobId } from './job-ids.js'
import { syncJobSchema } from './payloads.js'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

const queues: Queue[] = []

function openQueue(): Queue {
  const connection = new Redis(REDIS_URL, { maxRetriesPerRequest: null })
  const queue = new Queue(`jobs-test-${randomUUID()}`, { connection })
  queues.push(queue)
  return queue
}

function makeEvent(id: string): PlatformEvent {
  return eventSchema.parse({
    id,
    type: 'person.added_to_campaign',
    occurredAt: '2026-12-01T10:00:00Z',
    teamId: 'team_a',
    userId: 'user_a',
    person: { id: `p_${id}`, firstName: 'Ada', lastName: 'Quill' },
  })
}

afterEach(async () => {
  for (const queue of queues.splice(0)) {
    await queue.obliterate({ force: true })
    await queue.close()
    await queue.disconnect()
  }
})

describe('enqueueEvents', () => {
  it('adds one sync job per event with the stable job id', async () => {
    const queue = openQueue()
    const events = [makeEvent('evt_1'), makeEvent('evt:2')]

    const queued = await enqueueEvents(queue, events)

    expect(queued).toEqual([
      { eventId: 'evt_1', jobId: syncJobId('team_a', 'evt_1') },
      { eventId: 'evt:2', jobId: syncJobId('team_a', 'evt:2') },
    ])
    const job = await queue.getJob(syncJobId('team_a', 'evt:2'))
    expect(job?.name).toBe('sync')
    expect(syncJobSchema.parse(job?.data).event.id).toBe('evt:2')
  })

  it('queues a redelivered event once', async () => {
    const queue = openQueue()

    await enqueueEvents(queue, [makeEvent('evt_1')])
    await enqueueEvents(queue, [makeEvent('evt_1'), makeEvent('evt_2')])

    expect(await queue.getJobCountByTypes('waiting')).toBe(2)
  })

  it('does nothing for an empty list', async () => {
    const queue = openQueue()
    expect(await enqueueEvents(queue, [])).toEqual([])
    expect(await queue.getJobCountByTypes('waiting')).toBe(0)
  })
})
