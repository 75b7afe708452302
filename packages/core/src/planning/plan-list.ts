import { hasValue, type ListEntry, type ListFieldValue } from '../mapping/draft.js'
import { matchKeyOf, matchKeyOfDraftEntry, matchKeysMatch } from '../mapping/entry-identity.js'
import type { FieldContext } from './plan-scalar.js'
import type { AddEntryOperation, FieldFate } from './types.js'

/** History rules of a re-sync: which positions and educations it may add. */
export interface HistoryRules {
  /** `general.updateFullHistory`: add every position and education the CRM lacks. */
  updateFullHistory: boolean
  /** Leave out current positions, because a current title or company is kept as protected. */
  skipCurrentPositions: boolean
}

/** The fate of a list field and the entries it adds. */
export interface ListPlan {
  fate: FieldFate
  reason: string
  operations: AddEntryOperation[]
}

/**
 * Plans one list field: one `add_entry` operation per entry the CRM lacks
 * (compared with `entriesMatch`), each entry once even when the draft
 * repeats it, and none when the field is protected and the CRM has entries. On an existing person without full history updates,
 * only current positions are added, and no education.
 */
export function planListField(
  context: FieldContext & { value: ListFieldValue },
  history: HistoryRules,
): ListPlan {
  const existingItems = toItems(context.existingValue, context.value.type)
  if (context.isProtected && hasValue(context.existingValue ?? undefined)) {
    return {
      fate: 'keep_protected',
      reason: 'protected, and the CRM already has entries',
      operations: [],
    }
  }

  const candidates = selectCandidates(context, history)
  // Keys of entries planned so far join the CRM's keys, so a draft that
  // repeats an entry still adds it once and every step key stays unique.
  const knownKeys = existingItems.map(matchKeyOf)
  const operations: ListPlan['operations'] = []
  for (const item of candidates.items) {
    const key = matchKeyOfDraftEntry(item)
    if (knownKeys.some((knownKey) => matchKeysMatch(knownKey, key))) continue

    knownKeys.push(key)
    operations.push({
      kind: 'add_entry',
      stepKey: `${context.key}:${key.identity}`,
      field: context.key,
      item,
    })
  }

  if (operations.length > 0) {
    const total = context.value.value.length
    return {
      fate: 'write',
      reason: `adds ${operations.length} of ${total} entries${candidates.note}`,
      operations,
    }
  }
  const reason =
    candidates.note === '' ? 'the CRM already has every entry' : `nothing to add${candidates.note}`
  return { fate: 'unchanged', reason, operations }
}

const PROTECTED_CURRENT_NOTE =
  '; the current position is left out because the current title or company is protected'

function selectCandidates(
  context: FieldContext & { value: ListFieldValue },
  history: HistoryRules,
): { items: ListEntry[]; note: string } {
  const items = toItems(context.value, context.value.type)

  if (context.value.type === 'positions') {
    const isPartialUpdate = !context.isCreate && !history.updateFullHistory
    const current = items.filter((item) => item.type === 'positions' && item.entry.current)
    const past = items.filter((item) => item.type === 'positions' && !item.entry.current)

    if (isPartialUpdate && history.skipCurrentPositions) {
      return { items: [], note: PROTECTED_CURRENT_NOTE + ', and full history updates are off' }
    }
    if (isPartialUpdate) {
      return {
        items: current,
        note: '; full history updates are off, so only the current position is added',
      }
    }
    if (history.skipCurrentPositions) return { items: past, note: PROTECTED_CURRENT_NOTE }
  }

  if (context.value.type === 'educations' && !context.isCreate && !history.updateFullHistory) {
    return {
      items: [],
      note: '; full history updates are off, so education is only written to a new person',
    }
  }

  return { items, note: '' }
}

/** Turns a list value into tagged entries; a value of another type counts as empty. */
export function toItems(
  value: ListFieldValue | { type: string } | null,
  type: ListFieldValue['type'],
): ListEntry[] {
  if (value === null || value.type !== type || !('value' in value) || !Array.isArray(value.value))
    return []
  return (value.value as ListEntry['entry'][]).map((entry) => ({ type, entry }) as ListEntry)
}
