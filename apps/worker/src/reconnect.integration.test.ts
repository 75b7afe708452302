import { getConnection, saveConnection } from '@talent-sync/store'
import { afterEach, describe, expect, it } from 'vitest'

import { crmPeople } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

async function waitFor(
  condition: () => Promise<boolean> | boolean,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}.`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('credentials revoked mid-run', () => {
  it('pauses the team, then finishes after re-activation', async () => {
    harness = await startHarness()
    harness.setFaults({ latencyMs: 30 })
    const people = Array.from({ length: 30 }, (_, index) => fictionalPerson(index, 'revoke'))
    harness.spawnWorker({ WORKER_CONCURRENCY: '4' })
    await harness.enqueue(
      people.map((person, index) =>
        makeEvent({
          id: `evt_${index}`,
          occurredAt: minutesAfterStart(0),
          teamId: harness!.teamId,
          userId: harness!.userId,
          person,
        }),
      ),
    )

    await waitFor(() => crmPeople(harness!).length >= 3, 'the first people')
    harness.setFaults({ latencyMs: 30, revokedFirms: [harness.firm.name] })
    await waitFor(
      async () =>
        (await getConnection(harness!.db.handle.db, harness!.teamId))?.status === 'needs_reconnect',
      'needs_reconnect',
    )

    const paused = crmPeople(harness).length
    expect(paused).toBeLessThan(people.length)
    expect((await harness.queue.getFailed()).map((job) => job.failedReason)).toEqual([])
    expect(await harness.queue.getJobCountByTypes('delayed', 'waiting', 'active')).toBeGreaterThan(
      0,
    )

    // What the API's activation does: the CRM accepts the credentials again and they are saved.
    harness.setFaults({ latencyMs: 30 })
    await saveConnection(harness.db.handle.db, harness.db.box, harness.teamId, {
      firmSubdomain: harness.firm.name,
      credentials: {
        apiKey: harness.firm.apiKey,
        apiSecret: harness.firm.apiSecret,
        serviceKey: harness.firm.serviceKey,
      },
      requestsPerSecond: 500,
    })
    await harness.waitUntilIdle()

    const crm = crmPeople(harness)
    expect(crm).toHaveLength(people.length)
    expect(new Set(crm.map((record) => record.emails[0]?.address)).size).toBe(people.length)
    expect(crm.every((record) => record.positions.length === 2)).toBe(true)
    expect((await harness.queue.getFailed()).map((job) => job.failedReason)).toEqual([])
  })
})
