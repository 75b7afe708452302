import { afterEach, describe, expect, it } from 'vitest'

import { crmCallCount, crmPeople } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

async function waitForCall(h: Harness, route: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while ((crmCallCount(h).byRoute[route] ?? 0) === 0) {
    if (Date.now() > deadline) throw new Error(`No ${route} call within ${timeoutMs} ms.`)
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

describe('worker killed mid-build', () => {
  it.each([
    // Killed while the create call is in flight: its outcome is unknown to the restarted worker.
    ['POST /people'],
    // Killed after some entries were added.
    ['POST /people/:personId/phone_numbers'],
    ['POST /people/:personId/positions'],
  ])('leaves one complete person when killed at %s', async (route) => {
    harness = await startHarness()
    harness.setFaults({ latencyMs: 300 })
    const person = fictionalPerson(3, 'crash')
    const first = harness.spawnWorker({ WORKER_CONCURRENCY: '1' })

    await harness.enqueue([
      makeEvent({
        id: 'evt_crash',
        occurredAt: minutesAfterStart(0),
        teamId: harness.teamId,
        userId: harness.userId,
        person,
      }),
    ])
    await waitForCall(harness, route)
    await first.stop('SIGKILL')

    harness.spawnWorker({ WORKER_CONCURRENCY: '1' })
    await harness.waitUntilIdle(90_000)

    const people = crmPeople(harness)
    expect(people).toHaveLength(1)
    const record = people[0]!
    expect(record.emails.map((email) => email.address)).toEqual([person.emails[0]!.address])
    expect(record.phoneNumbers).toHaveLength(1)
    expect(record.linkedinUrls).toHaveLength(1)
    expect(record.addresses).toHaveLength(1)
    expect(record.positions).toHaveLength(2)
    expect(record.tags).toHaveLength(1)
    expect(crmCallCount(harness).byRoute['POST /people']).toBe(1)
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)
  })
})
