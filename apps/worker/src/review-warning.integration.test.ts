import { Writable } from 'node:stream'

import { listActivity } from '@talent-sync/store'
import pino from 'pino'
import { afterEach, describe, expect, it } from 'vitest'

import { crmPeople } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

/** A pino logger at `warn` that keeps each JSON line it writes. */
function capturingLogger() {
  const lines: Record<string, unknown>[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n')) {
        if (line.trim() !== '') lines.push(JSON.parse(line) as Record<string, unknown>)
      }
      done()
    },
  })
  return { logger: pino({ level: 'warn' }, stream), lines }
}

describe('namesake at the same company', () => {
  // Two people of one name at one company, with other e-mails and LinkedIn profiles: the second
  // is parked for review, which must show in the logs, because nothing else reports it.
  it('parks the second person with a warning', async () => {
    harness = await startHarness({ teamSettings: { defaults: { sync: { syncOn: 'reply' } } } })
    const { logger, lines } = capturingLogger()
    harness.startWorker({ logger })
    const first = fictionalPerson(2, 'first')
    const second = { ...fictionalPerson(2, 'second') }
    const base = { teamId: harness.teamId, userId: harness.userId }

    await harness.enqueue([
      makeEvent({
        ...base,
        person: first,
        id: 'evt_first_reply',
        type: 'person.replied',
        occurredAt: minutesAfterStart(0),
      }),
    ])
    await harness.waitUntilIdle()
    await harness.enqueue([
      makeEvent({
        ...base,
        person: second,
        id: 'evt_second_reply',
        type: 'person.replied',
        occurredAt: minutesAfterStart(5),
      }),
    ])
    await harness.waitUntilIdle()

    const reviews = await listActivity(harness.db.handle.db, harness.teamId, {
      kinds: ['needs_review'],
    })
    expect(crmPeople(harness)).toHaveLength(1)
    expect(reviews.items.map((entry) => entry.platformPersonId)).toEqual([second.id])

    const warning = lines.find((line) => line.activityId === reviews.items[0]!.id)
    expect(warning).toBeDefined()
    expect(warning!.level).toBe(40)
    expect(warning!.personId).toBe(second.id)
    expect(warning!.eventId).toBe('evt_second_reply')
    expect(warning!.candidateIds).toEqual([crmPeople(harness)[0]!.id])
  })
})
