import { and, asc, eq, ne } from 'drizzle-orm'

import type { Executor } from './database.js'
import { StoreError } from './errors.js'
import { createId } from './ids.js'
import { writeJournal } from './schema.js'

/** State of one journaled CRM write step. */
export type JournalStatus = 'started' | 'done' | 'failed'

/** One CRM write step of a person, such as `create`, `email:0` or `position:acme-2019`. */
export interface JournalEntry {
  id: string
  teamId: string
  platformPersonId: string
  /** The job (event id) that last started the step. */
  jobId: string
  stepKey: string
  status: JournalStatus
  /** Id of what the CRM created in this step, once done. */
  crmEntityId: string | null
  error: string | null
  createdAt: Date
  updatedAt: Date
}

/** Identifies a step: the person and the step key, within a team. */
export interface StepKey {
  teamId: string
  platformPersonId: string
  stepKey: string
}

function stepFilter(key: StepKey) {
  return and(
    eq(writeJournal.teamId, key.teamId),
    eq(writeJournal.platformPersonId, key.platformPersonId),
    eq(writeJournal.stepKey, key.stepKey),
  )
}

/**
 * Records that a job starts a step and returns the entry with the status it
 * had before (`undefined` for a new step). When that status is `done`, the
 * entry is returned unchanged and the caller skips the step. When it is
 * `started`, an earlier attempt stopped mid-call, so the CRM write may or may
 * not have happened: the caller checks the CRM before writing again.
 */
export async function beginStep(
  db: Executor,
  input: StepKey & { jobId: string },
): Promise<{ entry: JournalEntry; previousStatus: JournalStatus | undefined }> {
  const [created] = await db
    .insert(writeJournal)
    .values({ id: createId('jrn'), ...input, status: 'started' })
    .onConflictDoNothing()
    .returning()

  if (created !== undefined) {
    return { entry: created, previousStatus: undefined }
  }

  const [existing] = await db.select().from(writeJournal).where(stepFilter(input))
  if (existing!.status === 'done') {
    return { entry: existing!, previousStatus: 'done' }
  }

  const [restarted] = await db
    .update(writeJournal)
    .set({ jobId: input.jobId, status: 'started', error: null, updatedAt: new Date() })
    .where(and(stepFilter(input), ne(writeJournal.status, 'done')))
    .returning()

  return { entry: restarted ?? existing!, previousStatus: existing!.status }
}

/** Marks a step done with the id of what the CRM created. Throws `not_found` for an unknown step. */
export async function completeStep(
  db: Executor,
  key: StepKey,
  crmEntityId: string | null = null,
): Promise<JournalEntry> {
  return finishStep(db, key, { status: 'done', crmEntityId, error: null })
}

/** Marks a step failed with an error message (which must not contain secrets). */
export async function failStep(db: Executor, key: StepKey, error: string): Promise<JournalEntry> {
  return finishStep(db, key, { status: 'failed', error })
}

async function finishStep(
  db: Executor,
  key: StepKey,
  values: { status: JournalStatus; crmEntityId?: string | null; error: string | null },
): Promise<JournalEntry> {
  const [entry] = await db
    .update(writeJournal)
    .set({ ...values, updatedAt: new Date() })
    .where(stepFilter(key))
    .returning()

  if (entry === undefined) {
    throw new StoreError(
      'not_found',
      `No journal step ${key.stepKey} for person ${key.platformPersonId} in team ${key.teamId}.`,
    )
  }
  return entry
}

/** Lists a person's journaled steps, oldest first. */
export async function listSteps(
  db: Executor,
  teamId: string,
  platformPersonId: string,
): Promise<JournalEntry[]> {
  return db
    .select()
    .from(writeJournal)
    .where(
      and(eq(writeJournal.teamId, teamId), eq(writeJournal.platformPersonId, platformPersonId)),
    )
    .orderBy(asc(writeJournal.createdAt), asc(writeJournal.id))
}
