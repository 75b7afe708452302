import { afterEach, describe, expect, it } from 'vitest'

import { crmPeople } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'
import { seedCrmPerson } from './testing/seed-crm.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

/** Scalar values that the recruiter wrote in the CRM before the sync. */
const CRM_VALUES = {
  biography: 'Led two data platform migrations; prefers a call before e-mail.',
  nickName: 'Addy',
  skypeName: 'addy.quill',
  assistantName: 'Noor Fenwick',
}

describe('protected fields', () => {
  it('keeps a protected biography on sync', async () => {
    harness = await startHarness({
      teamSettings: {
        defaults: {
          sync: { syncOn: 'add', protectedFields: ['biography', 'doNotContact'] },
        },
      },
    })
    const person = { ...fictionalPerson(3), summary: 'Platform summary that must not win.' }
    const existingId = seedCrmPerson(harness, {
      firstName: person.firstName,
      lastName: person.lastName,
      emails: [person.emails[0]!.address],
      ...CRM_VALUES,
      doNotContact: true,
    })
    harness.startWorker()

    await harness.enqueue([
      makeEvent({
        teamId: harness.teamId,
        userId: harness.userId,
        person,
        id: 'evt_add',
        occurredAt: minutesAfterStart(0),
      }),
    ])
    await harness.waitUntilIdle()

    const people = crmPeople(harness)
    expect(people).toHaveLength(1)
    expect(people[0]!.id).toBe(existingId)
    expect(people[0]!.biography).toBe(CRM_VALUES.biography)
    expect(people[0]!.nickName).toBe(CRM_VALUES.nickName)
    expect(people[0]!.skypeName).toBe(CRM_VALUES.skypeName)
    expect(people[0]!.doNotContact).toBe(true)
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)
  })
})
