import type { FirmStore } from '../state/firm-store.js'
import type { PersonRecord } from '../state/records.js'
import { foldText } from './fold-text.js'

/**
 * Text a person can be found by: name, emails, LinkedIn URLs, the company
 * names of their positions and their tag names, folded for matching.
 */
export function searchableText(store: FirmStore, person: PersonRecord): string {
  const parts = [
    person.name,
    person.firstName ?? '',
    person.lastName ?? '',
    ...person.emails.map((email) => email.address),
    ...person.linkedinUrls.map((link) => link.url),
    ...person.positions.map((position) => position.companyName ?? ''),
    ...person.tags.map((personTag) => store.tags.get(personTag.tagId)?.name ?? ''),
  ]

  return foldText(parts.join('\n'))
}

/**
 * Returns the people whose searchable text contains every word of `query`,
 * ignoring case and accents, in the order they were created. An empty query
 * matches everyone.
 */
// NOTE: Clockwork's real matching rules are unknown; all-words substring matching is a guess.
export function searchPeople(store: FirmStore, query: string): PersonRecord[] {
  const words = foldText(query)
    .split(/\s+/)
    .map((word) => word.replace(/\/+$/, ''))
    .filter((word) => word !== '')

  return [...store.people.values()].filter((person) => {
    const text = searchableText(store, person)

    return words.every((word) => text.includes(word))
  })
}
