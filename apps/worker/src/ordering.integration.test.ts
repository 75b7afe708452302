import { computeNoteKey, type PlatformEvent } from '@talent-sync/core'
import { afterEach, describe, expect, it } from 'vitest'

import { crmCallCount, crmPeople, noteKeysOf } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

describe('event ordering and duplicates', () => {
  it('applies a redelivered event once', async () => {
    harness = await startHarness()
    const person = fictionalPerson(1, 'dup')
    const base = { teamId: harness.teamId, userId: harness.userId, person }
    const added = makeEvent({ ...base, id: 'evt_add', occurredAt: minutesAfterStart(0) })
    const sent = makeEvent({
      ...base,
      id: 'evt_sent',
      type: 'outreach.sent',
      occurredAt: minutesAfterStart(1),
    })
    harness.spawnWorker({ WORKER_CONCURRENCY: '8' })

    await Promise.all([1, 2, 3].map(() => harness!.enqueue([added, sent])))
    await harness.waitUntilIdle()
    // A redelivery after the finished jobs were removed from Redis runs again.
    await harness.queue.clean(0, 1_000, 'completed')
    await harness.enqueue([added, sent])
    await harness.waitUntilIdle()

    const people = crmPeople(harness)
    expect(people).toHaveLength(1)
    expect(people[0]!.emails).toHaveLength(1)
    expect(people[0]!.positions).toHaveLength(2)
    expect(noteKeysOf(harness, people[0]!.id)).toEqual([
      computeNoteKey(harness.teamId, person.id, 'evt_sent'),
    ])
    expect(crmCallCount(harness).byRoute['POST /people']).toBe(1)
  })

  it('applies events of a person in order across processes', async () => {
    harness = await startHarness()
    harness.setFaults({ latencyMs: 20 })
    const people = Array.from({ length: 10 }, (_, index) => fictionalPerson(index, 'order'))
    const events: PlatformEvent[] = []
    for (const [index, person] of people.entries()) {
      const base = { teamId: harness.teamId, userId: harness.userId, person }
      // Queued newest first, so only the worker's ordering can apply them oldest first.
      events.push(
        makeEvent({
          ...base,
          id: `evt_reply_${index}`,
          type: 'person.replied',
          occurredAt: minutesAfterStart(20),
        }),
        makeEvent({
          ...base,
          id: `evt_sent_${index}`,
          type: 'outreach.sent',
          occurredAt: minutesAfterStart(10),
        }),
        makeEvent({ ...base, id: `evt_add_${index}`, occurredAt: minutesAfterStart(0) }),
      )
    }
    harness.spawnWorker({ WORKER_CONCURRENCY: '8' })
    harness.spawnWorker({ WORKER_CONCURRENCY: '8' })

    await harness.enqueue(events)
    await harness.waitUntilIdle()

    const crm = crmPeople(harness)
    expect(crm).toHaveLength(people.length)
    for (const [index, person] of people.entries()) {
      const record = crm.find(
        (candidate) => candidate.emails[0]?.address === person.emails[0]!.address,
      )
      expect(record, person.id).toBeDefined()
      expect(noteKeysOf(harness, record!.id)).toEqual([
        computeNoteKey(harness.teamId, person.id, `evt_sent_${index}`),
        computeNoteKey(harness.teamId, person.id, `evt_reply_${index}`),
      ])
    }
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)
  })
})
