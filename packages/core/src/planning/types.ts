import type { FieldValue, FieldValues, ListEntry } from '../mapping/draft.js'
import type { Note } from '../notes/build-note.js'

/**
 * An existing CRM person, as input to the planner. The worker builds it from
 * the CRM's record: `values` has the shape of a draft's values, and
 * `noteKeys` holds the idempotency keys found in the person's notes.
 */
export interface CrmPersonSnapshot {
  id: string
  values: FieldValues
  noteKeys: string[]
}

/**
 * What a plan does with one field: `write` it, keep the CRM's value because
 * the field is protected (`keep_protected`), leave it because the CRM
 * already has it (`unchanged`), or write nothing because mandatory fields
 * are missing (`blocked_mandatory`).
 */
export type FieldFate = 'write' | 'keep_protected' | 'unchanged' | 'blocked_mandatory'

/** One field of a plan: the draft's value, the CRM's value, the fate and why. */
export interface PlannedField {
  key: string
  /** The draft's value; `null` for a mandatory field the draft lacks. */
  value: FieldValue | null
  /** The CRM's value, when the person exists and has one. */
  existingValue: FieldValue | null
  fate: FieldFate
  /** Plain-English reason for the fate. */
  reason: string
}

/**
 * One write to the CRM. `stepKey` names the write in the worker's journal,
 * so a retry skips the steps already done: `person:create`,
 * `person:update`, `<field key>:<entry identity>` for a list entry (for
 * example `emailAddresses:jane@example.com`), and `note:<idempotency key>`.
 */
export type CrmOperation =
  | { kind: 'create_person'; stepKey: 'person:create'; fields: FieldValues }
  | { kind: 'update_person'; stepKey: 'person:update'; crmPersonId: string; fields: FieldValues }
  | { kind: 'add_entry'; stepKey: string; field: string; item: ListEntry }
  | { kind: 'add_note'; stepKey: string; note: Note }

/** The operation that adds one entry to a list field of a CRM person. */
export type AddEntryOperation = Extract<CrmOperation, { kind: 'add_entry' }>

/**
 * The writes a sync makes to one CRM person. `blocked` means mandatory fields are
 * missing and nothing is written, so `operations` is empty.
 */
export interface SyncPlan {
  action: 'create' | 'update' | 'blocked'
  /** The existing CRM person's id; absent when the plan creates one. */
  crmPersonId?: string
  /** Mandatory fields with no value in the draft or the CRM. */
  missingMandatory: string[]
  fields: PlannedField[]
  /** Writes in the order the CRM must receive them. */
  operations: CrmOperation[]
}
