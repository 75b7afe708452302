import { describe, expect, it } from 'vitest'

import { getActivity, listActivity, recordActivity, setActivityStatus } from './activity.js'
import { BACKEND_NAMES } from './testing/backends.js'
import { createTestTeam, useTestBackend } from './testing/use-backend.js'

describe.each(BACKEND_NAMES)('activity on %s', (backendName) => {
  const backend = useTestBackend(backendName)

  it('records with default status', async () => {
    const { db } = backend().handle
    const { team, admin } = await createTestTeam(backend())

    const synced = await recordActivity(db, {
      teamId: team.id,
      userId: admin.id,
      kind: 'synced',
      platformPersonId: 'p_1',
      eventId: 'evt_1',
      reasons: ['matched by email'],
      details: { crmPersonId: 'crm_1' },
    })
    const failed = await recordActivity(db, { teamId: team.id, kind: 'failed' })

    expect(synced.id).toMatch(/^act_/)
    expect(synced.status).toBe('ok')
    expect(synced.reasons).toEqual(['matched by email'])
    expect(synced.details).toEqual({ crmPersonId: 'crm_1' })
    expect(failed.status).toBe('open')
    expect(failed.reasons).toEqual([])
    expect(failed.sequence).toBeGreaterThan(synced.sequence)
  })

  it('pages newest first without gaps', async () => {
    const { db } = backend().handle
    const { team } = await createTestTeam(backend())
    for (let index = 0; index < 7; index += 1) {
      await recordActivity(db, { teamId: team.id, kind: 'note_written', eventId: `evt_${index}` })
    }

    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await listActivity(db, team.id, {
        limit: 3,
        ...(cursor === undefined ? {} : { cursor }),
      })
      seen.push(...page.items.map((item) => item.eventId!))
      cursor = page.nextCursor
    } while (cursor !== undefined)

    expect(seen).toEqual(['evt_6', 'evt_5', 'evt_4', 'evt_3', 'evt_2', 'evt_1', 'evt_0'])
  })

  it('filters by kind, status and person', async () => {
    const { db } = backend().handle
    const { team, admin } = await createTestTeam(backend())
    await recordActivity(db, {
      teamId: team.id,
      kind: 'synced',
      platformPersonId: 'p_1',
      userId: admin.id,
    })
    const review = await recordActivity(db, {
      teamId: team.id,
      kind: 'needs_review',
      platformPersonId: 'p_2',
    })
    await recordActivity(db, { teamId: team.id, kind: 'failed', platformPersonId: 'p_1' })

    const attention = await listActivity(db, team.id, { kinds: ['failed', 'needs_review'] })
    const forPerson = await listActivity(db, team.id, { platformPersonId: 'p_1' })
    const byUser = await listActivity(db, team.id, { userId: admin.id })
    await setActivityStatus(db, team.id, review.id, 'resolved')
    const open = await listActivity(db, team.id, { status: 'open' })

    expect(attention.items.map((item) => item.kind)).toEqual(['failed', 'needs_review'])
    expect(forPerson.items.map((item) => item.kind)).toEqual(['failed', 'synced'])
    expect(byUser.items.map((item) => item.kind)).toEqual(['synced'])
    expect(open.items.map((item) => item.kind)).toEqual(['failed'])
  })

  it('rejects an invalid cursor', async () => {
    const { db } = backend().handle
    const { team } = await createTestTeam(backend())

    await expect(listActivity(db, team.id, { cursor: 'abc' })).rejects.toMatchObject({
      code: 'invalid_cursor',
    })
  })

  it('hides entries from other teams', async () => {
    const { db } = backend().handle
    const first = await createTestTeam(backend())
    const second = await createTestTeam(backend())
    const entry = await recordActivity(db, { teamId: first.team.id, kind: 'skipped' })

    expect((await listActivity(db, second.team.id)).items).toEqual([])
    expect(await getActivity(db, second.team.id, entry.id)).toBeUndefined()
    expect(await setActivityStatus(db, second.team.id, entry.id, 'resolved')).toBeUndefined()
    expect((await getActivity(db, first.team.id, entry.id))?.status).toBe('ok')
  })
})
