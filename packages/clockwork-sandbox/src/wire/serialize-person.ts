import type { ContactLocation } from '@talent-sync/clockwork'

import type { FirmStore } from '../state/firm-store.js'
import type {
  AddressRecord,
  BaseRecord,
  EmailRecord,
  NoteRecord,
  LinkedinUrlRecord,
  PersonRecord,
  PhoneNumberRecord,
  PositionRecord,
  SchoolRecord,
  WebSiteRecord,
} from '../state/records.js'
import { LOCATION_TYPE_IDS } from './location-types.js'

/** Sends `null` for an empty collection, as v3 does. */
export function listOrNull<T>(items: readonly T[]): T[] | null {
  return items.length === 0 ? null : [...items]
}

/** Location type id and timestamps, which every contact entry carries on the wire. */
function contactFields(entry: BaseRecord & { location: ContactLocation }) {
  return {
    locationTypeId: LOCATION_TYPE_IDS[entry.location],
    createdAt: entry.createdAt,
    updatedAt: entry.updatedAt,
  }
}

/** Wire form of an address, with the formatted one-line address v3 adds. */
export function serializeAddress(address: AddressRecord) {
  const parts = [address.street, address.street2, address.city, address.state, address.postalCode]
  const formattedAddress = [...parts, address.country]
    .filter((part): part is string => part !== null && part !== '')
    .join(', ')

  return {
    id: address.id,
    street: address.street,
    street2: address.street2,
    city: address.city,
    state: address.state,
    postalCode: address.postalCode,
    country: address.country,
    regionId: address.regionId,
    formattedAddress,
    ...contactFields(address),
  }
}

/** Wire form of an email address. */
export function serializeEmail(email: EmailRecord) {
  return {
    id: email.id,
    address: email.address,
    ...contactFields(email),
  }
}

/** Wire form of a phone number. */
export function serializePhoneNumber(phone: PhoneNumberRecord) {
  return {
    id: phone.id,
    digits: phone.digits,
    extension: phone.extension,
    ...contactFields(phone),
  }
}

/** Wire form of a web site. */
export function serializeWebSite(site: WebSiteRecord) {
  return {
    id: site.id,
    url: site.url,
    ...contactFields(site),
  }
}

/** Wire form of a LinkedIn URL. */
export function serializeLinkedinUrl(link: LinkedinUrlRecord) {
  return { id: link.id, url: link.url, createdAt: link.createdAt, updatedAt: link.updatedAt }
}

/**
 * Wire form of a position: v3 sends dates as timestamps on the first of the
 * month, `type` current or past, and the whole years spent in the job.
 */
export function serializePosition(position: PositionRecord, now: Date) {
  const current = position.endYear === null
  const startDate = monthTimestamp(position.startYear, position.startMonth)
  const endDate = current ? null : monthTimestamp(position.endYear, position.endMonth)

  return {
    id: position.id,
    title: position.title,
    companyId: position.companyId,
    companyName: position.companyName,
    description: position.description,
    startMonth: position.startMonth,
    startYear: position.startYear,
    endMonth: position.endMonth,
    endYear: position.endYear,
    startDate,
    endDate,
    type: current ? ('current' as const) : ('past' as const),
    jobDuration: jobDuration(position, now),
    createdAt: position.createdAt,
    updatedAt: position.updatedAt,
  }
}

/** Wire form of a school (education entry). */
export function serializeSchool(school: SchoolRecord) {
  return {
    id: school.id,
    name: school.name,
    degree: school.degree,
    fieldOfStudy: school.fieldOfStudy,
    startYear: school.startYear,
    endYear: school.endYear,
    createdAt: school.createdAt,
    updatedAt: school.updatedAt,
  }
}

/** Wire form of a note; lists and single reads both carry the content. */
export function serializeNote(note: NoteRecord) {
  return {
    id: note.id,
    personId: note.personId,
    type: note.type,
    content: note.content,
    createdAt: note.createdAt,
    updatedAt: note.updatedAt,
  }
}

/** Wire form of a person with every collection, `null` where empty. */
export function serializePerson(store: FirmStore, person: PersonRecord, now: Date) {
  const notes = [...store.notes.values()].filter((note) => note.personId === person.id)
  const latestNote = notes.reduce<string | null>(
    (latest, note) => (latest === null || note.updatedAt > latest ? note.updatedAt : latest),
    null,
  )
  const tags = person.tags.map((personTag) => ({
    id: personTag.tagId,
    name: store.tags.get(personTag.tagId)?.name ?? '',
  }))
  const addresses = person.addresses.map(serializeAddress)

  return {
    id: person.id,
    name: person.name,
    firstName: person.firstName,
    lastName: person.lastName,
    nickName: person.nickName,
    biography: person.biography,
    skypeName: person.skypeName,
    createdAt: person.createdAt,
    updatedAt: person.updatedAt,
    loadedAt: person.loadedAt,
    lastImportedUpdatedAt: person.updatedAt,
    mostRecentNoteUpdatedAt: latestNote,
    doNotContact: person.doNotContact,
    noRelocation: person.noRelocation,
    assistantName: person.assistantName,
    assistant: null,
    user: null,
    preferredEmailAddress: person.emails[0]?.address ?? null,
    preferredWebSite: person.webSites[0]?.url ?? null,
    preferredLinkedinUrl: person.linkedinUrls[0]?.url ?? null,
    preferredImAccount: person.skypeName,
    preferredPhoneNumber: person.phoneNumbers[0]?.digits ?? null,
    preferredAddress: addresses[0]?.formattedAddress ?? null,
    positions: listOrNull(person.positions.map((position) => serializePosition(position, now))),
    compensation: null,
    addresses: listOrNull(addresses),
    emails: listOrNull(person.emails.map(serializeEmail)),
    phoneNumbers: listOrNull(person.phoneNumbers.map(serializePhoneNumber)),
    linkedinUrls: listOrNull(person.linkedinUrls.map(serializeLinkedinUrl)),
    webSites: listOrNull(person.webSites.map(serializeWebSite)),
    schools: listOrNull(person.schools.map(serializeSchool)),
    tags: listOrNull(tags),
    notes: listOrNull(notes.map(serializeNote)),
  }
}

function monthTimestamp(year: number | null, month: number | null): string | null {
  if (year === null) return null

  const paddedMonth = String(month ?? 1).padStart(2, '0')

  return `${String(year).padStart(4, '0')}-${paddedMonth}-01 00:00:00`
}

function jobDuration(position: PositionRecord, now: Date): number | null {
  if (position.startYear === null) return null

  const startMonths = position.startYear * 12 + (position.startMonth ?? 1) - 1
  const endMonths =
    position.endYear === null
      ? now.getUTCFullYear() * 12 + now.getUTCMonth()
      : position.endYear * 12 + (position.endMonth ?? 1) - 1

  return Math.max(0, Math.floor((endMonths - startMonths) / 12))
}
