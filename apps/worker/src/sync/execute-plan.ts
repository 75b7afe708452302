import { createHash } from 'node:crypto'

import type { CrmOperation } from '@talent-sync/core'
import { beginStep, completeStep, failStep, type Executor } from '@talent-sync/store'

import {
  addCrmEntry,
  addCrmNote,
  createCrmPerson,
  updateCrmPerson,
  type CrmWriteTarget,
} from '../crm/write-operations.js'

/** Journal step key of a person's creation; its CRM entity id is the created person. */
export const CREATE_STEP_KEY = 'person:create'

/** Target of a plan's writes: the person, the job, the journal and the CRM client. */
export interface PlanExecution {
  db: Executor
  teamId: string
  platformPersonId: string
  jobId: string
  target: CrmWriteTarget
}

/**
 * Returns the journal key of an operation. An update's key carries a hash
 * of its fields, because a person is updated again whenever the platform
 * sends new values, while a create, an entry or a note happens once.
 */
export function journalKeyOf(operation: CrmOperation): string {
  if (operation.kind !== 'update_person') return operation.stepKey

  const digest = createHash('sha256')
    .update(JSON.stringify(operation.fields))
    .digest('hex')
    .slice(0, 16)
  return `${operation.stepKey}:${digest}`
}

function safeMessage(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code
  const message = error instanceof Error ? error.message : String(error)
  return typeof code === 'string' ? `${code}: ${message}` : message
}

async function write(
  execution: PlanExecution,
  crmPersonId: string | null,
  operation: CrmOperation,
): Promise<string> {
  const { target } = execution

  if (operation.kind === 'create_person') return createCrmPerson(target, operation.fields)
  if (crmPersonId === null)
    throw new Error(`Operation ${operation.stepKey} needs a CRM person, but none exists yet.`)

  switch (operation.kind) {
    case 'update_person':
      await updateCrmPerson(target, crmPersonId, operation.fields)
      return crmPersonId
    case 'add_entry':
      return addCrmEntry(target, crmPersonId, operation.field, operation.item)
    case 'add_note':
      return addCrmNote(target, crmPersonId, operation.note.html)
  }
}

/**
 * Runs a plan's operations in order, each journaled before and after its
 * CRM call. A step the journal marks done is skipped, so a retried job
 * resumes at the first step not known to be done. The caller re-reads the
 * CRM person and re-plans before each try, which is how a step whose
 * outcome is unknown (started, never done) is checked: an entry or note
 * that reached the CRM is no longer in the plan.
 *
 * Returns the CRM person id, which a create operation sets.
 */
export async function executePlan(
  execution: PlanExecution,
  crmPersonId: string | null,
  operations: readonly CrmOperation[],
): Promise<string | null> {
  let personId = crmPersonId

  for (const operation of operations) {
    const key = {
      teamId: execution.teamId,
      platformPersonId: execution.platformPersonId,
      stepKey: journalKeyOf(operation),
    }
    const { entry, previousStatus } = await beginStep(execution.db, {
      ...key,
      jobId: execution.jobId,
    })

    if (previousStatus === 'done') {
      if (operation.kind === 'create_person') personId = entry.crmEntityId
      continue
    }

    let entityId: string
    try {
      entityId = await write(execution, personId, operation)
    } catch (error) {
      await failStep(execution.db, key, safeMessage(error))
      throw error
    }

    await completeStep(execution.db, key, entityId)
    if (operation.kind === 'create_person') personId = entityId
  }

  return personId
}
