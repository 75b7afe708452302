import { eventSchema } from '@talent-sync/core'
import { syncJobSchema } from '@talent-sync/jobs'
import {
  getActivity,
  recordActivity,
  type ActivityEntry,
  type CreatedTeam,
} from '@talent-sync/store'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeEvent, readError, readJsonAs } from '../../testing/fixtures.js'
import { getJson, sendJson, signIn, type TestSession } from '../../testing/sign-in.js'
import { useTestApp } from '../../testing/test-app.js'

interface ActivityView {
  items: { id: string; kind: string; details: Record<string, unknown>; retryable: boolean }[]
  nextCursor: string | null
}

describe('activity', () => {
  const getTestApp = useTestApp()
  let created: CreatedTeam
  let admin: TestSession
  let failed: ActivityEntry
  let review: ActivityEntry
  let synced: ActivityEntry

  function storedJob(eventId: string) {
    const event = eventSchema.parse(makeEvent(created.team.id, created.admin.id, eventId))
    return { kind: 'sync', teamId: created.team.id, userId: created.admin.id, eventId, event }
  }

  beforeAll(async () => {
    const { deps, app } = getTestApp()
    created = await getTestApp().createTeam()
    admin = await signIn(app, created.admin.email)
    const base = { teamId: created.team.id, userId: created.admin.id }

    synced = await recordActivity(deps.db, { ...base, kind: 'synced', eventId: 'evt_ok' })
    failed = await recordActivity(deps.db, {
      ...base,
      kind: 'failed',
      eventId: 'evt_failed',
      reasons: ['crm_server_error: Clockwork had an internal error.'],
      details: { code: 'crm_server_error', job: storedJob('evt_failed') },
    })
    review = await recordActivity(deps.db, {
      ...base,
      kind: 'needs_review',
      eventId: 'evt_review',
      details: {
        candidates: [
          { crmPersonId: '101', score: 0.6 },
          { crmPersonId: '102', score: 0.55 },
        ],
        job: storedJob('evt_review'),
      },
    })
  })

  it('lists the activity newest first without stored jobs', async () => {
    const page = await getJson<ActivityView>(getTestApp().app, '/v1/activity', admin)

    expect(page.items.map((item) => item.id)).toEqual([review.id, failed.id, synced.id])
    expect(page.items.every((item) => !('job' in item.details))).toBe(true)
    expect(page.items.map((item) => item.retryable)).toEqual([false, true, false])
    expect(page.nextCursor).toBeNull()
  })

  it.each([
    ['?kind=failed', ['failed']],
    ['?kind=failed&kind=needs_review', ['needs_review', 'failed']],
    ['?status=ok', ['synced']],
  ])('filters with %s', async (query, kinds) => {
    const page = await getJson<ActivityView>(getTestApp().app, `/v1/activity${query}`, admin)

    expect(page.items.map((item) => item.kind)).toEqual(kinds)
  })

  it('pages with a cursor', async () => {
    const first = await getJson<ActivityView>(getTestApp().app, '/v1/activity?limit=2', admin)
    const second = await getJson<ActivityView>(
      getTestApp().app,
      `/v1/activity?limit=2&cursor=${first.nextCursor}`,
      admin,
    )

    expect(first.items.length).toBe(2)
    expect(second.items.map((item) => item.id)).toEqual([synced.id])
  })

  it('rejects an unknown kind', async () => {
    const response = await getTestApp().app.request('/v1/activity?kind=exploded', {
      headers: { Cookie: admin.cookie },
    })

    expect(response.status).toBe(400)
    expect((await readError(response)).errors?.[0]?.path).toMatch(/^kind/)
  })

  it('hides entries of another team', async () => {
    const other = await getTestApp().createTeam()
    const otherAdmin = await signIn(getTestApp().app, other.admin.email)

    const page = await getJson<ActivityView>(getTestApp().app, '/v1/activity', otherAdmin)
    const retry = await sendJson(
      getTestApp().app,
      'POST',
      `/v1/activity/${failed.id}/retry`,
      otherAdmin,
    )
    const decision = await sendJson(
      getTestApp().app,
      'POST',
      `/v1/activity/${review.id}/decision`,
      otherAdmin,
      {
        decision: 'different',
      },
    )

    expect(page.items).toEqual([])
    expect(retry.status).toBe(404)
    expect(decision.status).toBe(404)
  })

  it('rejects a review answer naming no candidate', async () => {
    const cases = [
      [{ decision: 'same_person' }, 'crmPersonId'],
      [{ decision: 'same_person', crmPersonId: '999' }, 'crmPersonId'],
      [{ decision: 'maybe' }, 'decision'],
    ] as const

    for (const [body, path] of cases) {
      const response = await sendJson(
        getTestApp().app,
        'POST',
        `/v1/activity/${review.id}/decision`,
        admin,
        body,
      )
      expect(response.status).toBe(400)
      expect((await readError(response)).errors?.map((issue) => issue.path)).toEqual([path])
    }
  })

  it('queues a failed job again once', async () => {
    const { app, deps } = getTestApp()
    const response = await sendJson(app, 'POST', `/v1/activity/${failed.id}/retry`, admin)
    const { jobId } = await readJsonAs<{ jobId: string }>(response)
    const again = await sendJson(app, 'POST', `/v1/activity/${failed.id}/retry`, admin)
    const job = await deps.queue.getJob(jobId)

    expect(response.status).toBe(202)
    expect(syncJobSchema.parse(job?.data).eventId).toBe('evt_failed')
    expect((await getActivity(deps.db, created.team.id, failed.id))?.status).toBe('resolved')
    expect(again.status).toBe(409)
    expect((await readError(again)).code).toBe('activity_not_open')
  })

  it('queues a reviewed job with the chosen person', async () => {
    const { app, deps } = getTestApp()
    const response = await sendJson(app, 'POST', `/v1/activity/${review.id}/decision`, admin, {
      decision: 'same_person',
      crmPersonId: '102',
    })
    const { jobId } = await readJsonAs<{ jobId: string }>(response)
    const job = syncJobSchema.parse((await deps.queue.getJob(jobId))?.data)

    expect(response.status).toBe(202)
    expect(job.matchChoice).toEqual({ kind: 'link', crmPersonId: '102' })
    expect((await getActivity(deps.db, created.team.id, review.id))?.status).toBe('resolved')
  })

  it('rejects a retry of a non-failure', async () => {
    const response = await sendJson(
      getTestApp().app,
      'POST',
      `/v1/activity/${synced.id}/retry`,
      admin,
    )

    expect(response.status).toBe(409)
  })
})
