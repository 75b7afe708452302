import { recordActivity } from '@talent-sync/store'

import type { SeededDatabase } from './database.js'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Records what the worker would have written after a few syncs of
 * fictional people: syncs, a note, a failure for a missing mandatory field,
 * a match waiting for review and a note kept for a later first sync.
 */
export async function seedActivity(database: SeededDatabase): Promise<void> {
  const { handle, teamId, adminId } = database
  const base = { teamId, userId: adminId }
  const person = (id: string, firstName: string, lastName: string) => ({
    id,
    firstName,
    lastName,
  })

  await recordActivity(handle.db, {
    ...base,
    kind: 'synced',
    platformPersonId: 'p_fict_1',
    eventId: 'evt_fict_1',
    reasons: ['person was added to a campaign'],
    details: {
      crmPersonId: '9001',
      created: true,
      backfilledNotes: 3,
      person: person('p_fict_1', 'Zoë', "O'Brien-Łukasik"),
    },
  })
  await recordActivity(handle.db, {
    ...base,
    kind: 'note_written',
    platformPersonId: 'p_fict_1',
    eventId: 'evt_fict_2',
    reasons: ['LinkedIn message sent'],
    details: { crmPersonId: '9001', outreachType: 'linkedin_message', written: 1 },
  })
  await recordActivity(handle.db, {
    ...base,
    kind: 'failed',
    platformPersonId: 'p_fict_2',
    eventId: 'evt_fict_3',
    reasons: ['mandatory_fields_missing: currentTitle has no value'],
    details: { code: 'mandatory_fields_missing', missingFields: ['currentTitle'] },
  })
  await recordActivity(handle.db, {
    ...base,
    kind: 'needs_review',
    platformPersonId: 'p_fict_3',
    eventId: 'evt_fict_4',
    reasons: ['match ambiguous'],
    details: {
      why: 'ambiguous',
      person: person('p_fict_3', 'Sam', 'Fictional'),
      candidates: [
        {
          crmPersonId: '9100',
          firstName: 'Sam',
          lastName: 'Fictional',
          score: 0.64,
          reasons: ['same name'],
        },
        {
          crmPersonId: '9101',
          firstName: 'Samuel',
          lastName: 'Fictional',
          score: 0.58,
          reasons: ['similar name'],
        },
      ],
    },
  })
  await recordActivity(handle.db, {
    ...base,
    kind: 'skipped',
    status: 'open',
    platformPersonId: 'p_fict_4',
    eventId: 'evt_fict_5',
    reasons: ['note kept until the first sync'],
    details: {
      deferredNote: {
        eventId: 'evt_fict_5',
        occurredAt: new Date(Date.now() - DAY_MS).toISOString(),
      },
    },
  })
}
