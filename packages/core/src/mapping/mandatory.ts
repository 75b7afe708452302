import type { FieldValues, PersonDraft } from './draft.js'
import { hasValue } from './draft.js'

/**
 * Lists the mandatory fields that have no value, in the order given. When
 * updating, a field the existing CRM record already holds counts as filled,
 * because the update leaves it in place.
 */
export function findMissingMandatory(
  draft: Pick<PersonDraft, 'values'>,
  mandatoryFields: readonly string[],
  existing?: { values: FieldValues } | null,
): string[] {
  return mandatoryFields.filter(
    (key) => !hasValue(draft.values[key]) && !hasValue(existing?.values[key]),
  )
}
