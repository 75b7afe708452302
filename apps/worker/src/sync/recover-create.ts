import { foldForComparison } from '@talent-sync/core'
import { completeStep, findLinksByCrmPersonId, listSteps, type Executor } from '@talent-sync/store'

import type { ConnectedCrm } from '../crm/team-clients.js'
import { CREATE_STEP_KEY } from './execute-plan.js'

// Allowed difference between this machine's clock and the CRM's when
// comparing a CRM person's creation time with the journaled start.
const CLOCK_SKEW_MS = 5 * 60_000

/** The person whose creation may have been started. */
export interface CreatedPersonQuery {
  db: Executor
  crm: ConnectedCrm
  teamId: string
  platformPersonId: string
  firstName: string | null
  lastName: string | null
  signal?: AbortSignal
}

function fold(value: string | null | undefined): string {
  return foldForComparison(value ?? null) ?? ''
}

/**
 * Returns the id of the CRM person that talent-sync created for this
 * platform person, or null when it never created one.
 *
 * The journal decides: a `person:create` step marked done contains the id. A
 * step that started but never finished (a crash or a timeout mid-call) may
 * or may not have created the person, so the CRM is searched by name for a
 * person created after the step started and linked to no other platform
 * person. When one is found, the step is completed with its id, so the
 * person is not created twice.
 */
export async function findCreatedPerson(query: CreatedPersonQuery): Promise<string | null> {
  const steps = await listSteps(query.db, query.teamId, query.platformPersonId)
  const create = steps.find((step) => step.stepKey === CREATE_STEP_KEY)

  if (create === undefined) return null
  if (create.status === 'done') return create.crmEntityId

  const name = [query.firstName, query.lastName].filter((part) => part?.trim()).join(' ')
  if (name === '') return null

  // NOTE: the created person carries no marker of this job, so a namesake created by hand in the same minutes would be taken for it.
  const startedAt = create.createdAt.getTime() - CLOCK_SKEW_MS
  const result = await query.crm.client.searchPeople(
    { q: name, limit: 50, page: 1 },
    query.signal === undefined ? {} : { signal: query.signal },
  )
  const sameName = result.peopleSearch
    .filter((person) => fold(person.name) === fold(name))
    .filter((person) => Date.parse(person.createdAt) >= startedAt)
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt))

  for (const person of sameName) {
    const links = await findLinksByCrmPersonId(query.db, query.teamId, person.id)
    if (links.some((link) => link.platformPersonId !== query.platformPersonId)) continue

    await completeStep(
      query.db,
      { teamId: query.teamId, platformPersonId: query.platformPersonId, stepKey: CREATE_STEP_KEY },
      person.id,
    )
    return person.id
  }
  return null
}
