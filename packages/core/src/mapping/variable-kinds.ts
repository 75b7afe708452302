import type { FieldType } from '../catalogue/field.js'
import { LIST_VARIABLES, STRING_VARIABLES } from '../settings/schema.js'

/**
 * What a platform variable holds, which decides the CRM field types it can
 * fill: a built-in or custom string, one of the structured lists, a social
 * profile URL, or a custom list of strings.
 */
export type VariableKind =
  'string' | 'emails' | 'phones' | 'workHistory' | 'education' | 'tags' | 'social' | 'customList'

/**
 * Field types each variable kind may be mapped onto. A string can become
 * text, one choice, an address, a tag or a web address; the structured lists
 * fit only the field type built for them.
 */
export const FIELD_TYPES_BY_VARIABLE_KIND: Readonly<Record<VariableKind, readonly FieldType[]>> = {
  string: ['text', 'long_text', 'choice', 'address_list', 'tags', 'url_list'],
  emails: ['email_list'],
  phones: ['phone_list'],
  workHistory: ['positions'],
  education: ['educations'],
  tags: ['tags'],
  social: ['url_list', 'text'],
  customList: ['tags', 'url_list'],
}

/** The section of a field mapping a row sits in. */
export type MappingSection = 'stringVariables' | 'listVariables' | 'socialUrls'

/** Names of the built-in string variables, for lookups. */
export const BUILT_IN_STRINGS: ReadonlySet<string> = new Set(STRING_VARIABLES)

/** Names of the built-in list variables, for lookups. */
export const BUILT_IN_LISTS: ReadonlySet<string> = new Set(LIST_VARIABLES)

/**
 * Classifies one row of a field mapping. A custom variable (`custom_*`) is a
 * string under `stringVariables` and a list under `listVariables`. Returns
 * `null` for a built-in variable placed in the wrong section, such as
 * `emails` under `stringVariables`.
 */
export function variableKindOf(section: MappingSection, name: string): VariableKind | null {
  if (section === 'socialUrls') return 'social'

  if (section === 'stringVariables') return BUILT_IN_LISTS.has(name) ? null : 'string'

  if (BUILT_IN_STRINGS.has(name)) return null
  if (BUILT_IN_LISTS.has(name)) return name as VariableKind
  return 'customList'
}

/** Whether a variable kind may fill a field of the given type. */
export function fitsFieldType(kind: VariableKind, type: FieldType): boolean {
  return FIELD_TYPES_BY_VARIABLE_KIND[kind].includes(type)
}
