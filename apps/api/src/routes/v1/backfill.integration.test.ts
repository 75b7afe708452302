import { createPersonLink, recordActivity, type CreatedTeam } from '@talent-sync/store'
import { beforeAll, describe, expect, it } from 'vitest'

import { readError, readJsonAs } from '../../testing/fixtures.js'
import { getJson, sendJson, signIn, type TestSession } from '../../testing/sign-in.js'
import { useTestApp } from '../../testing/test-app.js'

interface Progress {
  runId: string
  total: number
  done: number
  outcomes: Record<string, number>
}

describe('backfill', () => {
  const getTestApp = useTestApp()
  let created: CreatedTeam
  let admin: TestSession
  let member: TestSession

  beforeAll(async () => {
    const { app } = getTestApp()
    created = await getTestApp().createTeam()
    admin = await signIn(app, created.admin.email)
    const user = await getTestApp().createMember(created.team.id)
    member = await signIn(app, user.email)
  })

  it('answers 404 before any run', async () => {
    const response = await getTestApp().app.request('/v1/backfill', {
      headers: { Cookie: admin.cookie },
    })

    expect(response.status).toBe(404)
    expect((await readError(response)).code).toBe('not_found')
  })

  it('rejects a member', async () => {
    const response = await sendJson(getTestApp().app, 'POST', '/v1/backfill', member)

    expect(response.status).toBe(403)
    expect(await getTestApp().deps.queue.getJobCountByTypes('waiting')).toBe(0)
  })

  it('queues a job per linked person and reports progress', async () => {
    const { app, deps } = getTestApp()
    for (const id of ['p_1', 'p_2']) {
      await createPersonLink(deps.db, {
        teamId: created.team.id,
        platformPersonId: id,
        crmPersonId: `crm_${id}`,
      })
    }

    const response = await sendJson(app, 'POST', '/v1/backfill', admin)
    expect(response.status).toBe(202)
    const run = await readJsonAs<{ runId: string; queued: number }>(response)
    expect(run.queued).toBe(2)
    expect(await deps.queue.getJobCountByTypes('waiting')).toBe(2)

    // One job finishes, as the worker records it.
    await recordActivity(deps.db, {
      teamId: created.team.id,
      userId: created.admin.id,
      platformPersonId: 'p_1',
      kind: 'backfill',
      details: { runId: run.runId, crmPersonId: 'crm_p_1', outcome: 'synced' },
    })

    const progress = await getJson<Progress>(app, '/v1/backfill', member)
    expect(progress.runId).toBe(run.runId)
    expect(progress.total).toBe(2)
    expect(progress.done).toBe(1)
    expect(progress.outcomes).toEqual({ synced: 1 })
  })

  it('is in the OpenAPI document', async () => {
    const response = await getTestApp().app.request('/openapi.json')
    const document = (await response.json()) as { paths: Record<string, Record<string, unknown>> }

    expect(Object.keys(document.paths['/v1/backfill'] ?? {}).sort()).toEqual(['get', 'post'])
  })
})
