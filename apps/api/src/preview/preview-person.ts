import {
  decideMatch,
  mapPersonToDraft,
  planSync,
  type CrmPersonSnapshot,
  type FieldDefinition,
  type MatchDecision,
  type Person,
  type SettingsDocument,
  type TaggedFields,
} from '@talent-sync/core'
import { findMatchCandidates, toCrmSnapshot, toMatchSubject } from '@talent-sync/crm-sync'
import { getPersonLink } from '@talent-sync/store'

import type { TeamCrm } from '../crm/team-crm.js'
import type { AppDeps } from '../deps.js'

/** Input of {@link previewPerson}. */
export interface PreviewInput {
  teamId: string
  person: Person
  taggedFields: TaggedFields
  settings: SettingsDocument
  catalogue: readonly FieldDefinition[]
}

/** Outcome of the search for the CRM person the preview plans against. */
export type PreviewMatch =
  | { kind: 'merging_off' }
  | Exclude<MatchDecision, { kind: 'linked' | 'matched' }>
  | {
      kind: 'linked' | 'matched'
      crmPersonId: string
      score: number
      reasons: { kind: string; detail: string }[]
    }

async function findMatch(deps: AppDeps, crm: TeamCrm, input: PreviewInput): Promise<PreviewMatch> {
  const link = await getPersonLink(deps.db, input.teamId, input.person.id)
  if (input.settings.general.doNotMerge && !link) return { kind: 'merging_off' }

  const subject = toMatchSubject(input.person)
  const candidates = link ? [] : await findMatchCandidates(crm.client, subject)
  const decision = decideMatch(subject, candidates, {
    linkedCrmPersonId: link?.crmPersonId ?? null,
  })
  if (decision.kind === 'linked') {
    return {
      kind: 'linked',
      crmPersonId: decision.crmPersonId,
      score: 1,
      reasons: decision.reasons,
    }
  }
  if (decision.kind === 'matched') {
    const { candidate, score, reasons } = decision
    return { kind: 'matched', crmPersonId: candidate.id, score, reasons }
  }
  return decision
}

/**
 * Plans one person against the CRM as it is now, the way the worker would,
 * and writes nothing: the stored link or a CRM search finds the existing
 * person, core plans the writes. A match that needs review is planned as a
 * new person, and the review is reported with its candidates.
 */
export async function previewPerson(deps: AppDeps, crm: TeamCrm, input: PreviewInput) {
  const { settings } = input
  const draft = mapPersonToDraft(
    input.person,
    input.taggedFields,
    settings.fieldMapping,
    input.catalogue,
    {
      displayedFields: settings.sync.displayedFields,
    },
  )
  const match = await findMatch(deps, crm, input)

  let existing: CrmPersonSnapshot | null = null
  if (match.kind === 'linked' || match.kind === 'matched') {
    existing = toCrmSnapshot(await crm.client.getPerson(match.crmPersonId))
  }
  const plan = planSync({ draft, existing, settings, notes: [] })

  return {
    action: plan.action,
    crmPersonId: plan.crmPersonId ?? null,
    missingMandatory: plan.missingMandatory,
    fields: plan.fields,
    operations: plan.operations.map((operation) => ({
      kind: operation.kind,
      stepKey: operation.stepKey,
    })),
    match,
    dropped: draft.dropped,
  }
}
