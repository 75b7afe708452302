import { afterEach, describe, expect, it } from 'vitest'

import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

describe('sync worker', () => {
  it('creates a person with every entry', async () => {
    harness = await startHarness()
    const person = fictionalPerson(1)
    harness.startWorker()

    await harness.enqueue([
      makeEvent({
        id: 'evt_1',
        occurredAt: minutesAfterStart(0),
        teamId: harness.teamId,
        userId: harness.userId,
        person,
      }),
    ])
    await harness.waitUntilIdle()

    const people = [...harness.sandbox.sandbox.state.firm(harness.firm.name)!.people.values()]
    expect(people).toHaveLength(1)
    const created = people[0]!
    expect(created.firstName).toBe(person.firstName)
    expect(created.lastName).toBe(person.lastName)
    expect(created.emails.map((email) => email.address)).toEqual([person.emails[0]!.address])
    expect(created.phoneNumbers).toHaveLength(1)
    expect(created.linkedinUrls).toHaveLength(1)
    expect(created.positions).toHaveLength(2)
    expect(created.tags).toHaveLength(1)
    expect(created.addresses).toHaveLength(1)
  })
})
