import { computeNoteKey } from '@talent-sync/core'
import { listActivity } from '@talent-sync/store'
import { syncJobId, type SyncJob } from '@talent-sync/jobs'
import { afterEach, describe, expect, it } from 'vitest'

import { crmPeople, noteKeysOf } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'
import { seedCrmPerson } from './testing/seed-crm.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

/** Adds a CRM person who has the person's name and nothing else. */
function seedNamesake(h: Harness, person: ReturnType<typeof fictionalPerson>): string {
  return seedCrmPerson(h, { firstName: person.firstName, lastName: person.lastName })
}

async function parkedJob(h: Harness, person: ReturnType<typeof fictionalPerson>) {
  const event = makeEvent({
    id: 'evt_review',
    occurredAt: minutesAfterStart(0),
    teamId: h.teamId,
    userId: h.userId,
    person,
  })
  await h.enqueue([event])
  await h.waitUntilIdle()

  const feed = await listActivity(h.db.handle.db, h.teamId, { kinds: ['needs_review'] })
  return { event, entry: feed.items[0] }
}

describe('matches that need review', () => {
  it('parks a name-only match and writes nothing', async () => {
    harness = await startHarness()
    const person = fictionalPerson(4, 'review')
    const namesake = seedNamesake(harness, person)
    harness.startWorker()

    const { entry } = await parkedJob(harness, person)

    expect(entry?.status).toBe('open')
    expect(entry?.details.why).toBe('low_confidence')
    expect(
      (entry?.details.candidates as { crmPersonId: string }[]).map(
        (candidate) => candidate.crmPersonId,
      ),
    ).toEqual([namesake])
    expect(crmPeople(harness)).toHaveLength(1)
    expect(crmPeople(harness)[0]!.emails).toHaveLength(0)
  })

  // A linked existing record gets only the current position, because full history updates are
  // off by default. A created one gets the whole history.
  it.each([
    ['link', 1, 1],
    ['create', 2, 2],
  ] as const)('applies the reviewer choice %s', async (choice, peopleAfter, positions) => {
    harness = await startHarness()
    const person = fictionalPerson(5, 'review')
    const namesake = seedNamesake(harness, person)
    harness.startWorker()
    const { event, entry } = await parkedJob(harness, person)
    expect(entry).toBeDefined()

    const job: SyncJob = {
      ...(entry!.details.job as SyncJob),
      matchChoice: choice === 'link' ? { kind: 'link', crmPersonId: namesake } : { kind: 'create' },
    }
    await harness.queue.add('sync', job, { jobId: `${syncJobId(harness.teamId, event.id)}-review` })
    await harness.waitUntilIdle()

    const people = crmPeople(harness)
    expect(people).toHaveLength(peopleAfter)
    const synced = people.find((record) => record.emails.length > 0)
    expect(synced).toBeDefined()
    expect(synced!.id === namesake).toBe(choice === 'link')
    expect(synced!.positions).toHaveLength(positions)
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)
  })
})

describe('events during an open review', () => {
  it('keeps their notes for the reviewed sync', async () => {
    harness = await startHarness()
    const person = fictionalPerson(8, 'review')
    const namesake = seedNamesake(harness, person)
    harness.startWorker()
    const { event, entry } = await parkedJob(harness, person)
    const sent = makeEvent({
      id: 'evt_sent_during_review',
      type: 'outreach.sent',
      occurredAt: minutesAfterStart(5),
      teamId: harness.teamId,
      userId: harness.userId,
      person,
    })

    await harness.enqueue([sent])
    await harness.waitUntilIdle()
    const reviews = await listActivity(harness.db.handle.db, harness.teamId, {
      kinds: ['needs_review'],
    })
    expect(reviews.items).toHaveLength(1)
    expect(crmPeople(harness)[0]!.emails).toHaveLength(0)

    const job: SyncJob = {
      ...(entry!.details.job as SyncJob),
      matchChoice: { kind: 'link', crmPersonId: namesake },
    }
    await harness.queue.add('sync', job, { jobId: `${syncJobId(harness.teamId, event.id)}-review` })
    await harness.waitUntilIdle()

    expect(crmPeople(harness)).toHaveLength(1)
    expect(noteKeysOf(harness, namesake)).toEqual([
      computeNoteKey(harness.teamId, person.id, sent.id),
    ])
  })
})

describe('push jobs', () => {
  it('pushes whatever the sync trigger', async () => {
    harness = await startHarness({ teamSettings: { defaults: { sync: { syncOn: 'interested' } } } })
    const person = fictionalPerson(6, 'push')
    harness.startWorker()

    await harness.queue.add('push', {
      kind: 'push',
      teamId: harness.teamId,
      userId: harness.userId,
      requestId: 'req_1',
      person,
      taggedFields: {},
    })
    await harness.waitUntilIdle()

    expect(crmPeople(harness)).toHaveLength(1)
    expect(crmPeople(harness)[0]!.emails).toHaveLength(1)
  })
})
