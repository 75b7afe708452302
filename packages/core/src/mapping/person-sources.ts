import type { Person } from '../schemas/person.js'
import { LIST_VARIABLES, STRING_VARIABLES } from '../settings/schema.js'
import { SOCIAL_KINDS } from '../schemas/person.js'
import type { ContactLocation } from './draft.js'
import { BUILT_IN_LISTS, BUILT_IN_STRINGS } from './variable-kinds.js'

/** One raw value of a person and the dotted path it came from. */
export interface SourceText {
  source: string
  raw: string
  location?: ContactLocation
}

const EMAIL_LOCATIONS: Readonly<Record<string, ContactLocation>> = {
  work: 'work',
  personal: 'home',
  other: 'other',
}

// NOTE: Clockwork's v1 API lists only home, work and other as locations, so a mobile
// number is stored as `other` and the CRM cannot tell it from a landline.
const PHONE_LOCATIONS: Readonly<Record<string, ContactLocation>> = {
  work: 'work',
  home: 'home',
  mobile: 'other',
  other: 'other',
}

/**
 * Reads a string-valued variable: a built-in property of the person such as
 * `jobTitle`, or a custom one from `person.variables`. Returns `null` when
 * the person has no value for it.
 */
export function readVariable(
  person: Person,
  name: string,
): { source: string; value: string | string[] } | null {
  if (BUILT_IN_STRINGS.has(name)) {
    const value = person[name as (typeof STRING_VARIABLES)[number]]
    return value === null || value === undefined || value.trim() === ''
      ? null
      : { source: name, value }
  }

  const value = person.variables[name]
  if (value === undefined) return null
  return { source: `variables.${name}`, value }
}

/** Splits a variable's value into one source text per item. */
export function itemsOf(variable: { source: string; value: string | string[] }): SourceText[] {
  if (typeof variable.value === 'string') return [{ source: variable.source, raw: variable.value }]
  return variable.value.map((raw, index) => ({ source: `${variable.source}.${index}`, raw }))
}

/** Reads the items of `emails`, `phones` or `tags` as source texts. */
export function readListItems(person: Person, name: 'emails' | 'phones' | 'tags'): SourceText[] {
  switch (name) {
    case 'emails':
      return person.emails.map((email, index) => ({
        source: `emails.${index}`,
        raw: email.address,
        location: EMAIL_LOCATIONS[email.type] ?? 'other',
      }))
    case 'phones':
      return person.phones.map((phone, index) => ({
        source: `phones.${index}`,
        raw: phone.number,
        location: PHONE_LOCATIONS[phone.type] ?? 'other',
      }))
    case 'tags':
      return person.tags.map((tag, index) => ({ source: `tags.${index}`, raw: tag }))
  }
}

/**
 * Lists the path of every value a person holds, grouped by the mapping row
 * that would carry it: `stringVariables:<name>`, `listVariables:<name>` and
 * `socialUrls:<kind>`. Custom variables are listed under both sections,
 * because either may map them.
 */
export function listPersonSources(person: Person): { keys: string[]; paths: string[] }[] {
  const groups: { keys: string[]; paths: string[] }[] = []

  for (const name of STRING_VARIABLES) {
    if (readVariable(person, name))
      groups.push({ keys: [`stringVariables:${name}`], paths: [name] })
  }

  const listLengths: Record<(typeof LIST_VARIABLES)[number], number> = {
    emails: person.emails.length,
    phones: person.phones.length,
    tags: person.tags.length,
    workHistory: person.workHistory.length,
    education: person.education.length,
  }
  for (const name of LIST_VARIABLES) {
    const paths = Array.from({ length: listLengths[name] }, (_, index) => `${name}.${index}`)
    if (paths.length > 0) groups.push({ keys: [`listVariables:${name}`], paths })
  }

  for (const kind of SOCIAL_KINDS) {
    if (person.socialUrls[kind])
      groups.push({ keys: [`socialUrls:${kind}`], paths: [`socialUrls.${kind}`] })
  }

  for (const [name, value] of Object.entries(person.variables)) {
    const paths = itemsOf({ source: `variables.${name}`, value }).map((item) => item.source)
    // A custom variable named like a built-in one can never be mapped, because
    // the mapping reads the built-in property under that name.
    const isBuiltIn = BUILT_IN_STRINGS.has(name) || BUILT_IN_LISTS.has(name)
    const keys = isBuiltIn ? [] : [`stringVariables:${name}`, `listVariables:${name}`]
    if (paths.length > 0) groups.push({ keys, paths })
  }

  return groups
}
