import type { PersonDetail } from '@talent-sync/clockwork'
import {
  findNoteKey,
  type CrmPersonSnapshot,
  type FieldValues,
  type PositionEntry,
} from '@talent-sync/core'

/** Reads a year and optional month from a Clockwork timestamp such as `2019-04-01T00:00:00Z`. */
function toYearMonth(timestamp: string | null | undefined): PositionEntry['start'] {
  const match = /^(\d{4})(?:-(\d{2}))?/.exec(timestamp ?? '')
  if (match === null) return null

  const year = Number(match[1])
  return match[2] === undefined ? { year } : { year, month: Number(match[2]) }
}

/** Tells whether a Clockwork position is current: by its type, else by a missing end date. */
export function isCurrentPosition(position: PersonDetail['positions'][number]): boolean {
  if (position.type === 'current') return true
  if (position.type === 'past') return false
  return position.endDate === null || position.endDate === undefined
}

function text(value: string | null | undefined): { type: 'text'; value: string } | undefined {
  const trimmed = value?.trim()
  return trimmed ? { type: 'text', value: trimmed } : undefined
}

function longText(
  value: string | null | undefined,
): { type: 'long_text'; value: string } | undefined {
  const trimmed = value?.trim()
  return trimmed ? { type: 'long_text', value: trimmed } : undefined
}

function setIfPresent(
  values: FieldValues,
  key: string,
  value: FieldValues[string] | undefined,
): void {
  if (value !== undefined) values[key] = value
}

function listOrUndefined<T, V extends FieldValues[string]>(
  items: readonly T[],
  build: (items: readonly T[]) => V,
): V | undefined {
  return items.length === 0 ? undefined : build(items)
}

function positionsOf(person: PersonDetail): PositionEntry[] {
  return person.positions.map((position) => ({
    title: position.title?.trim() || null,
    companyName: position.companyName?.trim() || null,
    start: toYearMonth(position.startDate),
    end: toYearMonth(position.endDate),
    current: isCurrentPosition(position),
    description: position.description ?? null,
  }))
}

/**
 * Translates a Clockwork person, read with every collection, into the field
 * values that the planner compares a draft with, keyed like the Clockwork
 * field catalogue. The current title and company come from the first current
 * position. Note keys come from the notes' HTML.
 */
export function toCrmSnapshot(person: PersonDetail): CrmPersonSnapshot {
  const values: FieldValues = {}
  const positions = positionsOf(person)
  const current = positions.find((position) => position.current)

  setIfPresent(values, 'firstName', text(person.firstName))
  setIfPresent(values, 'lastName', text(person.lastName))
  setIfPresent(values, 'currentTitle', text(current?.title))
  setIfPresent(values, 'currentCompany', text(current?.companyName))
  setIfPresent(values, 'nickName', text(person.nickName))
  setIfPresent(values, 'biography', longText(person.biography))
  setIfPresent(values, 'assistantName', text(person.assistantName))
  setIfPresent(values, 'skypeName', text(person.skypeName))
  values.doNotContact = { type: 'boolean', value: person.doNotContact }
  values.noRelocation = { type: 'boolean', value: person.noRelocation }

  setIfPresent(
    values,
    'emailAddresses',
    listOrUndefined(person.emails, (emails) => ({
      type: 'email_list',
      value: emails.map((email) => ({
        address: email.address.trim().toLowerCase(),
        location: 'work',
      })),
    })),
  )
  setIfPresent(
    values,
    'phoneNumbers',
    listOrUndefined(person.phoneNumbers, (phones) => ({
      type: 'phone_list',
      value: phones.map((phone) => ({
        number: phone.digits,
        extension: phone.extension ?? null,
        location: 'work',
      })),
    })),
  )
  setIfPresent(
    values,
    'linkedinUrls',
    listOrUndefined(person.linkedinUrls, (urls) => ({
      type: 'url_list',
      value: urls.map((url) => url.url),
    })),
  )
  setIfPresent(
    values,
    'webSites',
    listOrUndefined(person.webSites, (sites) => ({
      type: 'url_list',
      value: sites.map((site) => site.url),
    })),
  )
  setIfPresent(
    values,
    'addresses',
    listOrUndefined(person.addresses, (addresses) => ({
      type: 'address_list',
      value: addresses.map((address) => ({
        formatted: address.formattedAddress ?? address.street ?? '',
      })),
    })),
  )
  setIfPresent(
    values,
    'positions',
    listOrUndefined(positions, (items) => ({ type: 'positions', value: [...items] })),
  )
  setIfPresent(
    values,
    'educations',
    listOrUndefined(person.schools, (schools) => ({
      type: 'educations',
      value: schools.map((school) => ({
        schoolName: school.name,
        degree: school.degree ?? null,
        fieldOfStudy: school.fieldOfStudy ?? null,
        startYear: school.startYear ?? null,
        endYear: school.endYear ?? null,
      })),
    })),
  )
  setIfPresent(
    values,
    'tags',
    listOrUndefined(person.tags, (tags) => ({ type: 'tags', value: tags.map((tag) => tag.name) })),
  )

  const noteKeys = person.notes
    .map((note) => findNoteKey(note.content))
    .filter((key): key is string => key !== null)

  return { id: person.id, values, noteKeys }
}
