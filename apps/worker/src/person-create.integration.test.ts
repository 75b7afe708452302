import { afterEach, describe, expect, it } from 'vitest'

import { crmPeople } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

describe('person create', () => {
  it.each([
    ['Mary Ann', 'Smith'],
    ['Zoë', "O'Brien-Łukasik"],
    ['Jean', 'van der Berg'],
  ])('keeps the names %s / %s', async (firstName, lastName) => {
    harness = await startHarness({ teamSettings: { defaults: { sync: { syncOn: 'add' } } } })
    const person = { ...fictionalPerson(6, 'names'), firstName, lastName }
    harness.startWorker()

    await harness.enqueue([
      makeEvent({
        id: 'evt_names',
        occurredAt: minutesAfterStart(0),
        teamId: harness.teamId,
        userId: harness.userId,
        person,
      }),
    ])
    await harness.waitUntilIdle()

    const people = crmPeople(harness)
    expect(people).toHaveLength(1)
    expect(people[0]!.firstName).toBe(firstName)
    expect(people[0]!.lastName).toBe(lastName)
    expect(people[0]!.name).toBe(`${firstName} ${lastName}`)
  })
})
