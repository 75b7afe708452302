import { hasValue, type FieldValue } from '../mapping/draft.js'
import { normalizeLongText, normalizeText } from '../normalize/text.js'
import type { FieldFate } from './types.js'

/** Inputs the planner uses for one field of one person. */
export interface FieldContext {
  key: string
  value: FieldValue
  existingValue: FieldValue | null
  isProtected: boolean
  /** Whether the plan creates the person, so the CRM has nothing yet. */
  isCreate: boolean
}

/** Decides the fate of a single-valued field and gives its reason. */
export function decideScalarFate(context: FieldContext): { fate: FieldFate; reason: string } {
  if (context.isCreate) return { fate: 'write', reason: 'written to the new CRM person' }

  const existingHasValue = hasValue(context.existingValue ?? undefined)
  if (context.isProtected && existingHasValue) {
    return { fate: 'keep_protected', reason: 'protected, and the CRM already has a value' }
  }
  if (context.existingValue !== null && sameScalar(context.value, context.existingValue)) {
    return { fate: 'unchanged', reason: 'the CRM already has this value' }
  }
  if (context.isProtected) {
    return { fate: 'write', reason: 'protected, but empty in the CRM, so it is filled' }
  }
  return {
    fate: 'write',
    reason: existingHasValue ? "replaces the CRM's different value" : 'the CRM has no value yet',
  }
}

/**
 * Tells whether two single values are equal once normalised: text compares after
 * white space is collapsed, long text after trimming, booleans exactly.
 */
export function sameScalar(a: FieldValue, b: FieldValue): boolean {
  if (typeof a.value === 'boolean' || typeof b.value === 'boolean') return a.value === b.value
  if (typeof a.value !== 'string' || typeof b.value !== 'string') return false

  if (a.type === 'long_text' || b.type === 'long_text') {
    return normalizeLongText(a.value) === normalizeLongText(b.value)
  }
  return normalizeText(a.value) === normalizeText(b.value)
}
