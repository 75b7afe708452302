import type { Person as CrmPerson } from '@talent-sync/clockwork'

function currentPositions(person: CrmPerson) {
  return person.positions.filter((position) => position.type !== 'past' && !position.endDate)
}

/**
 * The values of each filterable CRM field on a search result, as text. A
 * filter matches when any value contains the filter text, ignoring case.
 */
const FIELD_VALUES: Record<string, (person: CrmPerson) => string[]> = {
  firstName: (person) => [person.firstName ?? ''],
  lastName: (person) => [person.lastName ?? ''],
  currentTitle: (person) => currentPositions(person).map((position) => position.title ?? ''),
  currentCompany: (person) =>
    currentPositions(person).map((position) => position.companyName ?? ''),
  emailAddresses: (person) => person.emails.map((email) => email.address),
  phoneNumbers: (person) => person.phoneNumbers.map((phone) => phone.digits),
  linkedinUrls: (person) => [person.preferredLinkedinUrl ?? ''],
  addresses: (person) =>
    person.addresses.map((address) => address.formattedAddress ?? address.street ?? ''),
  tags: (person) => person.tags.map((tag) => tag.name),
}

/** Returns true when a filter on this CRM field can be applied to search results. */
export function canApplyFilter(key: string): boolean {
  return key in FIELD_VALUES
}

/** Returns true when the person matches every filter. */
export function matchesFilters(person: CrmPerson, filters: Record<string, string>): boolean {
  return Object.entries(filters).every(([key, expected]) => {
    const values = FIELD_VALUES[key]?.(person) ?? []
    const needle = expected.toLowerCase()
    return values.some((value) => value.toLowerCase().includes(needle))
  })
}

/** Returns the fields of a CRM person that search results show. */
export function presentCrmPerson(person: CrmPerson) {
  const current = currentPositions(person)[0]
  return {
    id: person.id,
    name: person.name,
    firstName: person.firstName ?? null,
    lastName: person.lastName ?? null,
    currentTitle: current?.title ?? null,
    currentCompany: current?.companyName ?? null,
    emails: person.emails.map((email) => email.address),
    tags: person.tags.map((tag) => tag.name),
  }
}
