import { computeNoteKey, type PlatformEvent } from '@talent-sync/core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { crmCallCount, crmPeople, noteKeysOf } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'

const PEOPLE = 200

let harness: Harness

beforeAll(async () => {
  harness = await startHarness()
})

afterAll(async () => {
  await harness.close()
})

describe('sync against a failing CRM', () => {
  it('syncs every person and note exactly once', { timeout: 180_000 }, async () => {
    // Retry-After 0 keeps the run short: with a 1 s Retry-After every 429 pauses the whole
    // firm, and 10% of 4,000 calls would take minutes. The wait itself is tested elsewhere.
    harness.setFaults({
      errorRate: 0.3,
      rateLimitRate: 0.1,
      retryAfterSeconds: 0,
      latencyMs: 200,
      faultSeed: 20261201,
    })
    const people = Array.from({ length: PEOPLE }, (_, index) => fictionalPerson(index, 'flaky'))
    const events: PlatformEvent[] = people.flatMap((person, index) => [
      makeEvent({
        id: `evt_add_${index}`,
        occurredAt: minutesAfterStart(0),
        teamId: harness.teamId,
        userId: harness.userId,
        person,
      }),
      makeEvent({
        id: `evt_email_${index}`,
        type: 'outreach.sent',
        channel: 'email',
        occurredAt: minutesAfterStart(5),
        teamId: harness.teamId,
        userId: harness.userId,
        person,
      }),
    ])
    const workers = [
      harness.spawnWorker({ WORKER_CONCURRENCY: '64' }),
      harness.spawnWorker({ WORKER_CONCURRENCY: '64' }),
    ]

    await harness.enqueue(events)
    await harness.waitUntilIdle(170_000)

    const crm = crmPeople(harness)
    const failed = await harness.queue.getFailed()
    expect(failed.map((job) => `${job.id}: ${job.failedReason}`)).toEqual([])
    expect(crm).toHaveLength(PEOPLE)

    const byEmail = new Map(crm.map((record) => [record.emails[0]?.address, record]))
    expect(byEmail.size).toBe(PEOPLE)
    for (const [index, person] of people.entries()) {
      const record = byEmail.get(person.emails[0]!.address)
      expect(record, `person ${person.id}`).toBeDefined()
      expect(record!.emails).toHaveLength(1)
      expect(record!.phoneNumbers).toHaveLength(1)
      expect(record!.linkedinUrls).toHaveLength(1)
      expect(record!.addresses).toHaveLength(1)
      expect(record!.positions).toHaveLength(2)
      expect(record!.tags).toHaveLength(1)
      expect(noteKeysOf(harness, record!.id)).toEqual([
        computeNoteKey(harness.teamId, person.id, `evt_email_${index}`),
      ])
    }

    const calls = crmCallCount(harness)
    expect(calls.byStatus['429'] ?? 0).toBeGreaterThan(0)
    expect(
      (calls.byStatus['500'] ?? 0) + (calls.byStatus['502'] ?? 0) + (calls.byStatus['503'] ?? 0),
    ).toBeGreaterThan(0)
    for (const worker of workers) expect(await worker.stop('SIGTERM')).toBe(0)
  })
})
