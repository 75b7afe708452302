import {
  buildNote,
  planSync,
  type CrmOperation,
  type Note,
  type NoteInput,
  type PersonDraft,
  type SettingsDocument,
} from '@talent-sync/core'
import { toCrmSnapshot } from '@talent-sync/crm-sync'
import { type Executor } from '@talent-sync/store'
import type { Logger } from 'pino'

import type { ConnectedCrm } from '../crm/team-clients.js'
import type { TagCache } from '../crm/tag-cache.js'
import { MandatoryFieldsMissingError } from './errors.js'
import { executePlan, type PlanExecution } from './execute-plan.js'
import { findCreatedPerson } from './recover-create.js'
import { retryTransient, type PauseFirm } from './retry-rounds.js'

/** Everything one person's CRM writes need. */
export interface PersonWriteContext {
  db: Executor
  crm: ConnectedCrm
  tags: TagCache
  logger: Logger
  teamId: string
  platformPersonId: string
  firstName: string | null
  lastName: string | null
  jobId: string
  /** Pauses every process's calls to the firm after a 429. */
  pauseFirm: PauseFirm
  signal?: AbortSignal
}

/** Result of {@link syncPerson}. */
export interface PersonSyncResult {
  crmPersonId: string
  /** Whether the CRM person was created by this sync (or by an earlier try of it). */
  created: boolean
  /** Writes planned by the last round; steps done by earlier tries are not repeated. */
  operations: CrmOperation[]
}

/** Builds the notes of the given events, oldest first, each key once. */
export function buildNotes(inputs: readonly NoteInput[]): Note[] {
  const sorted = [...inputs].sort(
    (a, b) =>
      Date.parse(a.occurredAt) - Date.parse(b.occurredAt) || (a.eventId < b.eventId ? -1 : 1),
  )
  const seen = new Set<string>()
  const notes: Note[] = []

  for (const input of sorted) {
    const note = buildNote(input)
    if (seen.has(note.idempotencyKey)) continue
    seen.add(note.idempotencyKey)
    notes.push(note)
  }
  return notes
}

function withFullHistory(settings: SettingsDocument): SettingsDocument {
  return { ...settings, general: { ...settings.general, updateFullHistory: true } }
}

function execution(context: PersonWriteContext): PlanExecution {
  return {
    db: context.db,
    teamId: context.teamId,
    platformPersonId: context.platformPersonId,
    jobId: context.jobId,
    target: {
      client: context.crm.client,
      firm: context.crm.firm,
      tags: context.tags,
      ...(context.signal === undefined ? {} : { signal: context.signal }),
    },
  }
}

async function readSnapshot(context: PersonWriteContext, crmPersonId: string | null) {
  if (crmPersonId === null) return null
  const person = await context.crm.client.getPerson(
    crmPersonId,
    context.signal === undefined ? {} : { signal: context.signal },
  )
  return toCrmSnapshot(person)
}

/**
 * Brings one CRM person in line with a draft and writes the given notes:
 * reads the target person (when there is one), plans with core's
 * `planSync`, and runs the plan through the journal. A transient failure
 * starts a new round from a fresh read. When no target is given, a person
 * that an earlier try created is found through the journal first, so the
 * person is created at most once.
 *
 * Throws {@link MandatoryFieldsMissingError} when the plan is blocked.
 */
export async function syncPerson(
  context: PersonWriteContext,
  input: {
    target: string | null
    /** Whether `target` is a person that an earlier try of this sync created. */
    createdByUs: boolean
    draft: PersonDraft
    settings: SettingsDocument
    notes: readonly Note[]
  },
): Promise<PersonSyncResult> {
  let target = input.target
  let created = input.createdByUs
  let operations: CrmOperation[] = []

  const crmPersonId = await retryTransient(
    async () => {
      if (target === null) {
        target = await findCreatedPerson(context)
        created ||= target !== null
      }

      const existing = await readSnapshot(context, target)
      const plan = planSync({
        draft: input.draft,
        existing,
        // A person this sync created is still being built, so it gets every entry of the
        // draft, as a create would, whatever the history setting is for existing people.
        settings: created ? withFullHistory(input.settings) : input.settings,
        notes: input.notes,
      })
      if (plan.action === 'blocked')
        throw new MandatoryFieldsMissingError(context.platformPersonId, plan.missingMandatory)

      operations = plan.operations
      created ||= plan.action === 'create'
      return executePlan(execution(context), target, plan.operations)
    },
    context.logger,
    { pauseFirm: context.pauseFirm },
  )

  if (crmPersonId === null)
    throw new Error(`Sync of person ${context.platformPersonId} ended without a CRM person.`)
  return { crmPersonId, created, operations }
}

/**
 * Writes notes to an existing CRM person without changing anything else:
 * reads the person's notes, then writes, through the journal, each note
 * whose key the CRM lacks. Returns the notes written.
 */
export async function writeNotes(
  context: PersonWriteContext,
  crmPersonId: string,
  notes: readonly Note[],
): Promise<Note[]> {
  return retryTransient(
    async () => {
      const existing = await readSnapshot(context, crmPersonId)
      const present = new Set(existing?.noteKeys ?? [])
      const missing = notes.filter((note) => !present.has(note.idempotencyKey))

      const operations: CrmOperation[] = missing.map((note) => ({
        kind: 'add_note',
        stepKey: `note:${note.idempotencyKey}`,
        note,
      }))
      await executePlan(execution(context), crmPersonId, operations)
      return missing
    },
    context.logger,
    { pauseFirm: context.pauseFirm },
  )
}
