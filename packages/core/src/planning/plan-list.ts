import { hasValue, type ListEntry, type ListFieldValue } from '../mapping/draft.js'
import { matchKeyOf, matchKeyOfDraftEntry, matchKeysMatch } from '../mapping/entry-identity.js'
import { normalizeText } from '../normalize/text.js'
import type { FieldContext } from './plan-scalar.js'
import type { AddEntryOperation, FieldFate } from './types.js'

/** History rules of a re-sync: which positions and educations it may add. */
export interface HistoryRules {
  /** `general.updateFullHistory`: add every position and education the CRM lacks. */
  updateFullHistory: boolean
  /** The CRM's protected current title and company, which a new current position must not change. */
  protectedCurrent: ProtectedCurrent
}

/**
 * The CRM's current title and company as normalised text, each where the
 * field is protected and filled, else `null`. Adding a current position sets
 * both in the CRM, so a position whose title or company differs, even only
 * in case, is left out.
 */
export interface ProtectedCurrent {
  title: string | null
  company: string | null
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
  '; a current position is left out because it would change the protected current title or company'

function selectCandidates(
  context: FieldContext & { value: ListFieldValue },
  history: HistoryRules,
): { items: ListEntry[]; note: string } {
  const items = toItems(context.value, context.value.type)

  if (context.value.type === 'positions') {
    const allowed = items.filter((item) => !changesProtected(item, history.protectedCurrent))
    const protectedNote = allowed.length < items.length ? PROTECTED_CURRENT_NOTE : ''

    if (!context.isCreate && !history.updateFullHistory) {
      const current = allowed.filter((item) => item.type === 'positions' && item.entry.current)
      const note =
        protectedNote === ''
          ? '; full history updates are off, so only the current position is added'
          : `${protectedNote}, and full history updates are off`
      return { items: current, note }
    }
    return { items: allowed, note: protectedNote }
  }

  if (context.value.type === 'educations' && !context.isCreate && !history.updateFullHistory) {
    return {
      items: [],
      note: '; full history updates are off, so education is only written to a new person',
    }
  }

  return { items, note: '' }
}

function changesProtected(item: ListEntry, kept: ProtectedCurrent): boolean {
  if (item.type !== 'positions' || !item.entry.current) return false

  return differs(item.entry.title, kept.title) || differs(item.entry.companyName, kept.company)
}

// A position without a title or company leaves that CRM field as it is.
function differs(value: string | null, kept: string | null): boolean {
  return kept !== null && value !== null && normalizeText(value) !== kept
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
