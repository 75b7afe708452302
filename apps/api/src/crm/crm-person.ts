import type { Person as CrmSearchPerson, PersonDetail } from '@talent-sync/clockwork'
import {
  findNoteKey,
  type CrmPersonSnapshot,
  type FieldValues,
  type MatchCandidate,
  type MatchSubject,
  type Person,
  type PositionEntry,
} from '@talent-sync/core'

// NOTE: the worker converts CRM people the same way; both copies belong in one shared package.

type CrmPosition = CrmSearchPerson['positions'][number]

function isCurrent(position: CrmPosition): boolean {
  if (position.type) return position.type === 'current'
  return !position.endDate
}

function toYearMonth(timestamp: string | null | undefined): PositionEntry['start'] {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(timestamp ?? '')
  if (!match) return null
  return match[2] === undefined
    ? { year: Number(match[1]) }
    : { year: Number(match[1]), month: Number(match[2]) }
}

/** Describes a platform person for matching. */
export function toMatchSubject(person: Person): MatchSubject {
  const linkedin = person.socialUrls.linkedin
  return {
    platformPersonId: person.id,
    emails: person.emails.map((email) => email.address),
    linkedInUrls: linkedin ? [linkedin] : [],
    firstName: person.firstName ?? null,
    lastName: person.lastName ?? null,
    companyName: person.companyName ?? null,
  }
}

/** Lists the CRM searches that can find the subject: each e-mail, the LinkedIn URL, then the name. */
export function matchQueries(subject: MatchSubject): string[] {
  const name = [subject.firstName, subject.lastName].filter((part) => part?.trim()).join(' ')
  const queries = [...subject.emails, ...subject.linkedInUrls, name].map((query) => query.trim())
  return [...new Set(queries.filter((query) => query !== ''))]
}

/** Describes a CRM search result as a match candidate. */
export function toMatchCandidate(person: CrmSearchPerson): MatchCandidate {
  return {
    id: person.id,
    emails: person.emails.map((email) => email.address),
    linkedInUrls: person.preferredLinkedinUrl ? [person.preferredLinkedinUrl] : [],
    firstName: person.firstName ?? null,
    lastName: person.lastName ?? null,
    companyNames: person.positions
      .filter(isCurrent)
      .flatMap((position) => position.companyName?.trim() || []),
  }
}

function text(value: string | null | undefined): FieldValues[string] | undefined {
  const trimmed = value?.trim()
  return trimmed ? { type: 'text', value: trimmed } : undefined
}

function positionsOf(person: PersonDetail): PositionEntry[] {
  return person.positions.map((position) => ({
    title: position.title?.trim() || null,
    companyName: position.companyName?.trim() || null,
    start: toYearMonth(position.startDate),
    end: toYearMonth(position.endDate),
    current: isCurrent(position),
    description: position.description ?? null,
  }))
}

/**
 * Translates a CRM person read with every collection into the field values
 * the planner compares a draft with, keyed like the field catalogue.
 */
export function toCrmSnapshot(person: PersonDetail): CrmPersonSnapshot {
  const positions = positionsOf(person)
  const current = positions.find((position) => position.current)
  const entries: [string, FieldValues[string] | undefined][] = [
    ['firstName', text(person.firstName)],
    ['lastName', text(person.lastName)],
    ['currentTitle', text(current?.title)],
    ['currentCompany', text(current?.companyName)],
    ['assistantName', text(person.assistantName)],
    ['doNotContact', { type: 'boolean', value: person.doNotContact }],
    ['noRelocation', { type: 'boolean', value: person.noRelocation }],
    [
      'emailAddresses',
      {
        type: 'email_list',
        value: person.emails.map((email) => ({
          address: email.address.trim().toLowerCase(),
          location: 'work',
        })),
      },
    ],
    [
      'phoneNumbers',
      {
        type: 'phone_list',
        value: person.phoneNumbers.map((phone) => ({
          number: phone.digits,
          extension: phone.extension ?? null,
          location: 'work',
        })),
      },
    ],
    ['linkedinUrls', { type: 'url_list', value: person.linkedinUrls.map((url) => url.url) }],
    ['webSites', { type: 'url_list', value: person.webSites.map((site) => site.url) }],
    [
      'addresses',
      {
        type: 'address_list',
        value: person.addresses.map((address) => ({
          formatted: address.formattedAddress ?? address.street ?? '',
        })),
      },
    ],
    ['positions', { type: 'positions', value: positions }],
    [
      'educations',
      {
        type: 'educations',
        value: person.schools.map((school) => ({
          schoolName: school.name,
          degree: school.degree ?? null,
          fieldOfStudy: school.fieldOfStudy ?? null,
          startYear: school.startYear ?? null,
          endYear: school.endYear ?? null,
        })),
      },
    ],
    ['tags', { type: 'tags', value: person.tags.map((tag) => tag.name) }],
  ]

  const values: FieldValues = {}
  for (const [key, value] of entries) {
    const isEmptyList =
      value !== undefined && Array.isArray(value.value) && value.value.length === 0
    if (value !== undefined && !isEmptyList) values[key] = value
  }
  const noteKeys = person.notes.flatMap((note) => findNoteKey(note.content) ?? [])
  return { id: person.id, values, noteKeys }
}
