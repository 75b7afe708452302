import type { FieldType } from '../catalogue/field.js'
import { hasValue, isListValue, type FieldValues, type PersonDraft } from '../mapping/draft.js'
import { CURRENT_POSITION_FIELDS } from '../mapping/history.js'
import { findMissingMandatory } from '../mapping/mandatory.js'
import { normalizeText } from '../normalize/text.js'
import type { Note } from '../notes/build-note.js'
import type { SettingsDocument } from '../settings/schema.js'
import { planListField, type HistoryRules } from './plan-list.js'
import { decideScalarFate, type FieldContext } from './plan-scalar.js'
import type {
  AddEntryOperation,
  CrmOperation,
  CrmPersonSnapshot,
  PlannedField,
  SyncPlan,
} from './types.js'

/** Input of {@link planSync}. */
export interface PlanSyncInput {
  draft: PersonDraft
  /** The matched CRM person, or `null` to create one (also when merging is off). */
  existing: CrmPersonSnapshot | null
  /** The resolved settings of the job. */
  settings: SettingsDocument
  /** Notes to write, oldest first. */
  notes: readonly Note[]
}

// The CRM receives list entries in this order, after the person's own fields.
const ENTRY_ORDER: readonly FieldType[] = [
  'email_list',
  'phone_list',
  'url_list',
  'address_list',
  'positions',
  'educations',
  'tags',
]

const CURRENT_FIELD_KEYS: readonly string[] = Object.values(CURRENT_POSITION_FIELDS)

/**
 * Plans the CRM writes that bring one person in line with a draft.
 *
 * Rules: a mandatory field with no value in the draft or the CRM blocks the
 * plan, which then has no operations. A protected field that the CRM has a value for
 * is kept; an empty one is filled. A single value the CRM holds in the same
 * normalised form is unchanged, and a list entry the CRM has is never added
 * again. On an existing person, `general.updateFullHistory` decides whether
 * every missing position and education is added, or only the current
 * position. The current title and company are written as the current
 * position, so they produce no separate write, and a current position that
 * would change a protected, filled current title or company is left out. A note whose key the CRM has
 * is not written again.
 *
 * Operations come in a fixed order, each with a stable `stepKey`: the
 * person's own fields (create, or update when something changed), then
 * e-mails, phones, URL fields in draft order (LinkedIn before web sites in
 * the Clockwork catalogue), addresses, positions, educations, tags, notes.
 */
export function planSync(input: PlanSyncInput): SyncPlan {
  const { draft, existing, settings } = input
  const idPart = existing === null ? {} : { crmPersonId: existing.id }

  const missingMandatory = findMissingMandatory(draft, settings.sync.mandatoryFields, existing)
  if (missingMandatory.length > 0) {
    return {
      action: 'blocked',
      ...idPart,
      missingMandatory,
      fields: blockedFields(draft, existing, missingMandatory),
      operations: [],
    }
  }

  const contexts = buildContexts(draft.values, existing, settings.sync.protectedFields)
  const { fields, personFields, entryOperations } = planFields(
    contexts,
    historyRulesOf(settings, existing),
  )

  const operations: CrmOperation[] = [
    ...personOperation(existing, personFields),
    ...sortEntryOperations(entryOperations, contexts),
    ...noteOperations(input.notes, existing),
  ]
  return {
    action: existing === null ? 'create' : 'update',
    ...idPart,
    missingMandatory,
    fields: orderLike(fields, draft),
    operations,
  }
}

function historyRulesOf(
  settings: SettingsDocument,
  existing: CrmPersonSnapshot | null,
): HistoryRules {
  return {
    updateFullHistory: settings.general.updateFullHistory,
    protectedCurrent: {
      title: protectedText(CURRENT_POSITION_FIELDS.title, settings, existing),
      company: protectedText(CURRENT_POSITION_FIELDS.company, settings, existing),
    },
  }
}

// The normalised CRM text of a protected, filled field, which a new current
// position must not change even when the draft has no value for it.
function protectedText(
  key: string,
  settings: SettingsDocument,
  existing: CrmPersonSnapshot | null,
): string | null {
  const value = existing?.values[key]
  if (!settings.sync.protectedFields.includes(key) || typeof value?.value !== 'string') return null

  return normalizeText(value.value)
}

/** Decides the fate of every field and collects the person's own writes and the entries to add. */
function planFields(
  contexts: readonly FieldContext[],
  history: HistoryRules,
): {
  fields: PlannedField[]
  personFields: FieldValues
  entryOperations: AddEntryOperation[]
} {
  const hasPositions = contexts.some((context) => context.value.type === 'positions')
  const fields: PlannedField[] = []
  const personFields: FieldValues = {}
  const entryOperations: AddEntryOperation[] = []

  for (const context of contexts) {
    if (hasPositions && isCurrentField(context.key)) continue

    if (isListValue(context.value)) {
      const plan = planListField({ ...context, value: context.value }, history)
      fields.push(toPlannedField(context, plan))
      entryOperations.push(...plan.operations)
      continue
    }

    const decision = decideScalarFate(context)
    fields.push(toPlannedField(context, decision))
    if (decision.fate === 'write') personFields[context.key] = context.value
  }

  // The current title and company follow the current position, so their
  // fate is known only once the positions are planned.
  const currentAdded = entryOperations.some(
    (operation) => operation.item.type === 'positions' && operation.item.entry.current,
  )
  for (const context of contexts) {
    if (hasPositions && isCurrentField(context.key)) {
      fields.push(toPlannedField(context, decideCurrentFieldFate(context, currentAdded)))
    }
  }

  return { fields, personFields, entryOperations }
}

function buildContexts(
  values: FieldValues,
  existing: CrmPersonSnapshot | null,
  protectedFields: readonly string[],
): FieldContext[] {
  return Object.entries(values).map(([key, value]) => ({
    key,
    value,
    existingValue: existing?.values[key] ?? null,
    isProtected: protectedFields.includes(key),
    isCreate: existing === null,
  }))
}

function isCurrentField(key: string): boolean {
  return CURRENT_FIELD_KEYS.includes(key)
}

function isKeptProtected(context: FieldContext): boolean {
  return !context.isCreate && context.isProtected && hasValue(context.existingValue ?? undefined)
}

function decideCurrentFieldFate(
  context: FieldContext,
  currentAdded: boolean,
): { fate: PlannedField['fate']; reason: string } {
  if (isKeptProtected(context)) {
    return { fate: 'keep_protected', reason: 'protected, and the CRM already has a value' }
  }
  if (currentAdded) return { fate: 'write', reason: 'written as the current position' }
  return {
    fate: 'unchanged',
    reason: 'the CRM already has this current position, or history rules leave it out',
  }
}

function toPlannedField(
  context: FieldContext,
  decision: { fate: PlannedField['fate']; reason: string },
): PlannedField {
  return {
    key: context.key,
    value: context.value,
    existingValue: context.existingValue,
    fate: decision.fate,
    reason: decision.reason,
  }
}

function personOperation(existing: CrmPersonSnapshot | null, fields: FieldValues): CrmOperation[] {
  if (existing === null) return [{ kind: 'create_person', stepKey: 'person:create', fields }]
  if (Object.keys(fields).length === 0) return []
  return [{ kind: 'update_person', stepKey: 'person:update', crmPersonId: existing.id, fields }]
}

function sortEntryOperations(
  operations: AddEntryOperation[],
  contexts: readonly FieldContext[],
): CrmOperation[] {
  const fieldOrder = contexts.map((context) => context.key)
  const rank = (operation: AddEntryOperation) =>
    ENTRY_ORDER.indexOf(operation.item.type) * 10_000 + fieldOrder.indexOf(operation.field)

  // Array.prototype.sort is stable, so entries of one field keep the draft's order.
  return [...operations].sort((a, b) => rank(a) - rank(b))
}

function noteOperations(
  notes: readonly Note[],
  existing: CrmPersonSnapshot | null,
): CrmOperation[] {
  const written = new Set(existing?.noteKeys ?? [])
  const operations: CrmOperation[] = []

  for (const note of notes) {
    if (written.has(note.idempotencyKey)) continue
    written.add(note.idempotencyKey)
    operations.push({ kind: 'add_note', stepKey: `note:${note.idempotencyKey}`, note })
  }
  return operations
}

function blockedFields(
  draft: PersonDraft,
  existing: CrmPersonSnapshot | null,
  missing: readonly string[],
): PlannedField[] {
  const reason = `not written, because the mandatory fields ${missing.join(', ')} have no value`
  const missingFields = missing.map((key) => ({
    key,
    value: null,
    existingValue: null,
    fate: 'blocked_mandatory' as const,
    reason: 'mandatory, but has no value',
  }))
  const otherFields = Object.entries(draft.values).map(([key, value]) => ({
    key,
    value,
    existingValue: existing?.values[key] ?? null,
    fate: 'blocked_mandatory' as const,
    reason,
  }))
  return [...missingFields, ...otherFields]
}

function orderLike(fields: PlannedField[], draft: PersonDraft): PlannedField[] {
  const order = Object.keys(draft.values)
  return [...fields].sort((a, b) => order.indexOf(a.key) - order.indexOf(b.key))
}
