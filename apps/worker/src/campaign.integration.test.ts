import { computeNoteKey, type PlatformEvent } from '@talent-sync/core'
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

const STEPS = ['add', 'email', 'linkedin', 'reply', 'interested'] as const
type Step = (typeof STEPS)[number]

/** Builds a campaign in the order it happened: added, an e-mail, a LinkedIn message, a reply, interest. */
function campaign(
  h: Harness,
  person: ReturnType<typeof fictionalPerson>,
): Record<Step, PlatformEvent> {
  const base = { teamId: h.teamId, userId: h.userId, person }
  return {
    add: makeEvent({ ...base, id: 'evt_add', occurredAt: minutesAfterStart(0) }),
    email: makeEvent({
      ...base,
      id: 'evt_email',
      type: 'outreach.sent',
      channel: 'email',
      step: 1,
      occurredAt: minutesAfterStart(10),
    }),
    linkedin: makeEvent({
      ...base,
      id: 'evt_linkedin',
      type: 'outreach.sent',
      channel: 'linkedin_message',
      step: 2,
      occurredAt: minutesAfterStart(20),
    }),
    reply: makeEvent({
      ...base,
      id: 'evt_reply',
      type: 'person.replied',
      channel: 'email',
      occurredAt: minutesAfterStart(30),
    }),
    interested: makeEvent({
      ...base,
      id: 'evt_interested',
      type: 'person.interested',
      occurredAt: minutesAfterStart(40),
    }),
  }
}

interface CampaignCase {
  name: string
  general?: Record<string, unknown>
  sync: Record<string, unknown>
  /** The person already in the CRM before the campaign (matched by e-mail). */
  existing?: boolean
  people: number
  /** Events whose notes the CRM ends with, in order. */
  notes: Step[]
}

const CASES: CampaignCase[] = [
  {
    name: 'sync on add',
    sync: { syncOn: 'add' },
    people: 1,
    notes: ['email', 'linkedin', 'reply', 'interested'],
  },
  {
    name: 'sync on reply with backfill',
    sync: { syncOn: 'reply' },
    people: 1,
    notes: ['email', 'linkedin', 'reply', 'interested'],
  },
  {
    name: 'sync on reply without backfill',
    sync: { syncOn: 'reply', backfillNotesOnFirstSync: false },
    people: 1,
    notes: ['reply', 'interested'],
  },
  {
    name: 'sync on interested with backfill',
    sync: { syncOn: 'interested' },
    people: 1,
    notes: ['email', 'linkedin', 'reply', 'interested'],
  },
  {
    name: 'sync on interested without backfill',
    sync: { syncOn: 'interested', backfillNotesOnFirstSync: false },
    people: 1,
    notes: ['interested'],
  },
  {
    name: 'notes upon replies only',
    general: { createNotesUpon: ['reply'] },
    sync: { syncOn: 'add' },
    people: 1,
    notes: ['reply'],
  },
  {
    name: 'notes to an existing record',
    sync: {
      syncOn: 'interested',
      onlyNotesForSyncedRecords: false,
      backfillNotesOnFirstSync: false,
    },
    existing: true,
    people: 1,
    notes: ['email', 'linkedin', 'reply', 'interested'],
  },
  {
    name: 'no notes to an existing record',
    sync: {
      syncOn: 'interested',
      onlyNotesForSyncedRecords: true,
      backfillNotesOnFirstSync: false,
    },
    existing: true,
    people: 1,
    notes: ['interested'],
  },
  {
    name: 'do not merge',
    general: { doNotMerge: true },
    sync: { syncOn: 'add' },
    existing: true,
    people: 2,
    notes: ['email', 'linkedin', 'reply', 'interested'],
  },
]

describe('scripted campaign', () => {
  it.each(CASES)('$name', async (testCase) => {
    harness = await startHarness({
      teamSettings: { defaults: { general: testCase.general ?? {}, sync: testCase.sync } },
    })
    const person = fictionalPerson(7)
    const existingId = testCase.existing
      ? seedCrmPerson(harness, {
          firstName: person.firstName,
          lastName: person.lastName,
          emails: [person.emails[0]!.address],
        })
      : undefined
    const events = campaign(harness, person)
    harness.startWorker({ concurrency: 4 })

    await harness.enqueue(STEPS.map((step) => events[step]))
    await harness.waitUntilIdle()

    const people = crmPeople(harness)
    expect(people).toHaveLength(testCase.people)
    const target =
      testCase.people === 1 ? people[0]! : people.find((candidate) => candidate.id !== existingId)!
    if (existingId !== undefined && testCase.people === 1) expect(target.id).toBe(existingId)

    const expectedKeys = testCase.notes.map((step) =>
      computeNoteKey(harness!.teamId, person.id, events[step].id),
    )
    expect(noteKeysOf(harness, target.id)).toEqual(expectedKeys)
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)
  })
})
