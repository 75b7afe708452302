import { syncJobId } from '@talent-sync/jobs'
import { listActivity } from '@talent-sync/store'
import { afterEach, describe, expect, it } from 'vitest'

import { createHarnessApi } from './testing/api.js'
import { crmPeople } from './testing/crm-state.js'
import { startHarness, type Harness } from './testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from './testing/people.js'
import { seedCrmPerson } from './testing/seed-crm.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

const PASSWORD = 'correct horse battery staple'

type Api = ReturnType<typeof createHarnessApi>

/** Signs the harness's admin in and returns the headers of a cookie request that changes data. */
async function signIn(api: Api, h: Harness): Promise<Record<string, string>> {
  const response = await api.request('/v1/session', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: `${h.queueName}@example.com`, password: PASSWORD }),
  })
  expect(response.status).toBe(200)

  const cookie = (response.headers.get('set-cookie') ?? '').split(';')[0]!
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }
}

/** Syncs a person with two namesakes in the CRM, which parks the job for review. */
async function parkWithTwoNamesakes(h: Harness) {
  const person = fictionalPerson(9, 'decision')
  const namesakes = [1, 2].map(() =>
    seedCrmPerson(h, { firstName: person.firstName, lastName: person.lastName }),
  )
  await h.enqueue([
    makeEvent({
      id: 'evt_decision',
      occurredAt: minutesAfterStart(0),
      teamId: h.teamId,
      userId: h.userId,
      person,
    }),
  ])
  await h.waitUntilIdle()

  const reviews = await listActivity(h.db.handle.db, h.teamId, { kinds: ['needs_review'] })
  expect(reviews.items).toHaveLength(1)
  return { person, namesakes, review: reviews.items[0]! }
}

describe('review decision through the API', () => {
  it.each([
    ['same_person', 2],
    ['different', 3],
  ] as const)('applies %s once', async (decision, peopleAfter) => {
    harness = await startHarness({ teamSettings: { defaults: { sync: { syncOn: 'add' } } } })
    harness.startWorker()
    const { person, namesakes, review } = await parkWithTwoNamesakes(harness)
    expect(crmPeople(harness).every((record) => record.emails.length === 0)).toBe(true)

    const api = createHarnessApi(harness)
    const headers = await signIn(api, harness)
    const body = JSON.stringify(
      decision === 'same_person' ? { decision, crmPersonId: namesakes[1] } : { decision },
    )
    const path = `/v1/activity/${review.id}/decision`
    const response = await api.request(path, { method: 'POST', headers, body })
    expect(response.status).toBe(202)
    const { jobId } = (await response.json()) as { jobId: string }
    expect(jobId).not.toBe(syncJobId(harness.teamId, review.eventId!))
    await harness.waitUntilIdle()

    const people = crmPeople(harness)
    const written = people.filter((record) => record.emails.length > 0)
    expect(people).toHaveLength(peopleAfter)
    expect(written).toHaveLength(1)
    expect(written[0]!.emails.map((email) => email.address)).toEqual([person.emails[0]!.address])
    if (decision === 'same_person') expect(written[0]!.id).toBe(namesakes[1])
    else expect(namesakes).not.toContain(written[0]!.id)

    const resolved = await listActivity(harness.db.handle.db, harness.teamId, {
      kinds: ['needs_review'],
    })
    expect(resolved.items.map((entry) => entry.status)).toEqual(['resolved'])
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)

    const again = await api.request(path, { method: 'POST', headers, body })
    expect(again.status).toBe(409)
    expect(((await again.json()) as { error: { code: string } }).error.code).toBe(
      'activity_not_open',
    )
  })
})

describe('concurrent review decisions', () => {
  it('accepts only the first', async () => {
    harness = await startHarness({ teamSettings: { defaults: { sync: { syncOn: 'add' } } } })
    harness.startWorker()
    const { namesakes, review } = await parkWithTwoNamesakes(harness)

    const api = createHarnessApi(harness)
    const headers = await signIn(api, harness)
    const path = `/v1/activity/${review.id}/decision`
    const bodies = [
      { decision: 'same_person', crmPersonId: namesakes[0] },
      { decision: 'different' },
    ]
    const responses = await Promise.all(
      bodies.map((body) =>
        api.request(path, { method: 'POST', headers, body: JSON.stringify(body) }),
      ),
    )
    await harness.waitUntilIdle()

    expect(responses.map((response) => response.status).sort()).toEqual([202, 409])
    expect(crmPeople(harness).filter((record) => record.emails.length > 0)).toHaveLength(1)
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)
  })
})
