import { describe, expect, it } from 'vitest'

import {
  findProcessedEvents,
  markEventProcessed,
  markEventsProcessed,
  unmarkEventsProcessed,
} from './events.js'
import { beginStep, completeStep, failStep, listSteps } from './journal.js'
import {
  createPersonLink,
  deletePersonLink,
  findLinksByCrmPersonId,
  getPersonLink,
  markPersonSynced,
} from './links.js'
import { BACKEND_NAMES } from './testing/backends.js'
import { createTestTeam, useTestBackend } from './testing/use-backend.js'

describe.each(BACKEND_NAMES)('sync records on %s', (backendName) => {
  const backend = useTestBackend(backendName)

  describe('person links', () => {
    it('keeps the first link', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())

      const first = await createPersonLink(db, {
        teamId: team.id,
        platformPersonId: 'p_1',
        crmPersonId: 'crm_1',
      })
      const second = await createPersonLink(db, {
        teamId: team.id,
        platformPersonId: 'p_1',
        crmPersonId: 'crm_2',
      })

      expect(first.created).toBe(true)
      expect(second.created).toBe(false)
      expect(second.link.crmPersonId).toBe('crm_1')
      expect((await getPersonLink(db, team.id, 'p_1'))?.crmPersonId).toBe('crm_1')
    })

    it('creates one link under concurrency', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())

      const results = await Promise.all(
        ['crm_a', 'crm_b', 'crm_c', 'crm_d'].map((crmPersonId) =>
          createPersonLink(db, { teamId: team.id, platformPersonId: 'p_race', crmPersonId }),
        ),
      )

      expect(results.filter((result) => result.created)).toHaveLength(1)
      expect(new Set(results.map((result) => result.link.crmPersonId)).size).toBe(1)
    })

    it('finds, touches and deletes', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())
      const syncedAt = new Date('2026-05-01T08:00:00Z')
      await createPersonLink(db, {
        teamId: team.id,
        platformPersonId: 'p_1',
        crmPersonId: 'crm_shared',
      })
      await createPersonLink(db, {
        teamId: team.id,
        platformPersonId: 'p_2',
        crmPersonId: 'crm_shared',
      })

      expect(
        (await findLinksByCrmPersonId(db, team.id, 'crm_shared'))
          .map((link) => link.platformPersonId)
          .sort(),
      ).toEqual(['p_1', 'p_2'])
      expect(await markPersonSynced(db, team.id, 'p_1', syncedAt)).toBe(true)
      expect((await getPersonLink(db, team.id, 'p_1'))?.syncedAt).toEqual(syncedAt)
      expect(await markPersonSynced(db, team.id, 'p_missing')).toBe(false)
      expect(await deletePersonLink(db, team.id, 'p_2')).toBe(true)
      expect(await getPersonLink(db, team.id, 'p_2')).toBeUndefined()
    })

    it('hides links from other teams', async () => {
      const { db } = backend().handle
      const first = await createTestTeam(backend())
      const second = await createTestTeam(backend())
      await createPersonLink(db, {
        teamId: first.team.id,
        platformPersonId: 'p_1',
        crmPersonId: 'crm_1',
      })

      expect(await getPersonLink(db, second.team.id, 'p_1')).toBeUndefined()
      expect(await findLinksByCrmPersonId(db, second.team.id, 'crm_1')).toEqual([])
      expect(await markPersonSynced(db, second.team.id, 'p_1')).toBe(false)
      expect(await deletePersonLink(db, second.team.id, 'p_1')).toBe(false)
      expect(await getPersonLink(db, first.team.id, 'p_1')).toBeDefined()
    })
  })

  describe('write journal', () => {
    it('resumes after a crash', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())
      const create = { teamId: team.id, platformPersonId: 'p_1', stepKey: 'create' }
      const email = { teamId: team.id, platformPersonId: 'p_1', stepKey: 'email:0' }

      const firstCreate = await beginStep(db, { ...create, jobId: 'evt_1' })
      await completeStep(db, create, 'crm_person_1')
      await beginStep(db, { ...email, jobId: 'evt_1' })

      const retriedCreate = await beginStep(db, { ...create, jobId: 'evt_1' })
      const retriedEmail = await beginStep(db, { ...email, jobId: 'evt_1b' })

      expect(firstCreate.previousStatus).toBeUndefined()
      expect(retriedCreate.previousStatus).toBe('done')
      expect(retriedCreate.entry.crmEntityId).toBe('crm_person_1')
      expect(retriedEmail.previousStatus).toBe('started')
      expect(retriedEmail.entry.jobId).toBe('evt_1b')
      expect(
        (await listSteps(db, team.id, 'p_1')).map((step) => [step.stepKey, step.status]),
      ).toEqual([
        ['create', 'done'],
        ['email:0', 'started'],
      ])
    })

    it('restarts a failed step', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())
      const step = { teamId: team.id, platformPersonId: 'p_1', stepKey: 'phone:0' }
      await beginStep(db, { ...step, jobId: 'evt_1' })

      const failed = await failStep(db, step, 'The CRM returned 500.')
      const restarted = await beginStep(db, { ...step, jobId: 'evt_2' })

      expect(failed.status).toBe('failed')
      expect(failed.error).toBe('The CRM returned 500.')
      expect(restarted.previousStatus).toBe('failed')
      expect(restarted.entry.status).toBe('started')
      expect(restarted.entry.error).toBeNull()
    })

    it('rejects finishing an unknown step', async () => {
      const { db } = backend().handle
      const first = await createTestTeam(backend())
      const second = await createTestTeam(backend())
      const step = { teamId: first.team.id, platformPersonId: 'p_1', stepKey: 'create' }
      await beginStep(db, { ...step, jobId: 'evt_1' })

      await expect(
        completeStep(db, { ...step, teamId: second.team.id }, 'crm_x'),
      ).rejects.toMatchObject({
        code: 'not_found',
      })
      expect(await listSteps(db, second.team.id, 'p_1')).toEqual([])
    })
  })

  describe('processed events', () => {
    it('reports new only once', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())

      expect(await markEventProcessed(db, team.id, 'evt_1')).toBe(true)
      expect(await markEventProcessed(db, team.id, 'evt_1')).toBe(false)
    })

    it('admits one of concurrent inserts', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())

      const results = await Promise.all(
        Array.from({ length: 12 }, () => markEventProcessed(db, team.id, 'evt_race')),
      )

      expect(results.filter(Boolean)).toHaveLength(1)
    })

    it('marks batches and unmarks', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())
      await markEventProcessed(db, team.id, 'evt_old')

      const fresh = await markEventsProcessed(db, team.id, [
        'evt_old',
        'evt_new',
        'evt_new',
        'evt_other',
      ])

      expect([...fresh].sort()).toEqual(['evt_new', 'evt_other'])
      expect(await markEventsProcessed(db, team.id, [])).toEqual(new Set())
      expect(await unmarkEventsProcessed(db, team.id, ['evt_new'])).toBe(1)
      expect([...(await findProcessedEvents(db, team.id, ['evt_old', 'evt_new']))]).toEqual([
        'evt_old',
      ])
    })

    it('keeps teams apart', async () => {
      const { db } = backend().handle
      const first = await createTestTeam(backend())
      const second = await createTestTeam(backend())
      await markEventProcessed(db, first.team.id, 'evt_same')

      expect(await findProcessedEvents(db, second.team.id, ['evt_same'])).toEqual(new Set())
      expect(await unmarkEventsProcessed(db, second.team.id, ['evt_same'])).toBe(0)
      expect(await markEventProcessed(db, second.team.id, 'evt_same')).toBe(true)
    })
  })
})
