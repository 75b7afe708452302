import type { FieldValue, ListEntry } from '../mapping/draft.js'
import { CURRENT_POSITION_FIELDS } from '../mapping/history.js'
import { toItems } from './plan-list.js'
import type { CrmPersonSnapshot, SyncPlan } from './types.js'

/**
 * Simulates a plan: returns the person the CRM would hold after every
 * operation ran, without touching the input. A created person gets
 * `newPersonId`. Adding a current position also sets the current title and
 * company, as the CRM shows them from that position. A blocked plan changes
 * nothing, so the result is a copy of `snapshot` (or `null`).
 */
export function applyPlan(
  snapshot: CrmPersonSnapshot | null,
  plan: SyncPlan,
  newPersonId = 'planned-person',
): CrmPersonSnapshot | null {
  if (plan.action === 'blocked') return snapshot === null ? null : structuredClone(snapshot)

  const result: CrmPersonSnapshot =
    snapshot === null ? { id: newPersonId, values: {}, noteKeys: [] } : structuredClone(snapshot)

  for (const operation of plan.operations) {
    switch (operation.kind) {
      case 'create_person':
      case 'update_person':
        Object.assign(result.values, structuredClone(operation.fields))
        break
      case 'add_entry':
        appendEntry(result, operation.field, structuredClone(operation.item))
        break
      case 'add_note':
        result.noteKeys.push(operation.note.idempotencyKey)
        break
    }
  }
  return result
}

function appendEntry(snapshot: CrmPersonSnapshot, key: string, item: ListEntry): void {
  const entries = toItems(snapshot.values[key] ?? null, item.type).map((existing) => existing.entry)
  snapshot.values[key] = { type: item.type, value: [...entries, item.entry] } as FieldValue

  if (item.type !== 'positions' || !item.entry.current) return
  if (item.entry.title !== null) {
    snapshot.values[CURRENT_POSITION_FIELDS.title] = { type: 'text', value: item.entry.title }
  }
  if (item.entry.companyName !== null) {
    snapshot.values[CURRENT_POSITION_FIELDS.company] = {
      type: 'text',
      value: item.entry.companyName,
    }
  }
}
