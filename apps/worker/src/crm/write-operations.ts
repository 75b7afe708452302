import type { ClockworkClient, UpdatePersonFields } from '@talent-sync/clockwork'
import type { FieldValues, ListEntry, PositionEntry } from '@talent-sync/core'

import type { TagCache } from './tag-cache.js'

/** Destination of CRM writes: the firm's client and its tag cache. */
export interface CrmWriteTarget {
  client: ClockworkClient
  firm: string
  tags: TagCache
  signal?: AbortSignal
}

/** Scalar fields that `PUT /people/{id}` accepts, by catalogue key. */
const UPDATABLE_TEXT = [
  'firstName',
  'lastName',
  'nickName',
  'assistantName',
  'biography',
  'skypeName',
] as const
const UPDATABLE_BOOLEAN = ['doNotContact', 'noRelocation'] as const

function scalarFields(fields: FieldValues): UpdatePersonFields {
  const result: UpdatePersonFields = {}

  for (const key of UPDATABLE_TEXT) {
    const value = fields[key]
    if (value !== undefined && typeof value.value === 'string') result[key] = value.value
  }
  for (const key of UPDATABLE_BOOLEAN) {
    const value = fields[key]
    if (value !== undefined && typeof value.value === 'boolean') result[key] = value.value
  }
  return result
}

/**
 * Creates a CRM person from the planned scalar fields and returns its id.
 * `POST /people` gets the name parts as well as the full name, so that a
 * first name with a space (`Mary Ann`) is not split at that space.
 */
export async function createCrmPerson(
  target: CrmWriteTarget,
  fields: FieldValues,
): Promise<string> {
  const scalars = scalarFields(fields)
  const name = [scalars.firstName, scalars.lastName]
    .filter((part) => part !== undefined && part !== '')
    .join(' ')

  const person = await target.client.createPerson({ ...scalars, name }, options(target))
  return person.id
}

/** Writes changed scalar fields of an existing CRM person. */
export async function updateCrmPerson(
  target: CrmWriteTarget,
  crmPersonId: string,
  fields: FieldValues,
): Promise<void> {
  const changes = scalarFields(fields)
  if (Object.keys(changes).length === 0) return
  await target.client.updatePerson(crmPersonId, changes, options(target))
}

/**
 * Splits a one-line address into the city and state that Clockwork requires.
 * The sandbox joins the parts back with `, `, so the formatted address it
 * returns equals the line written and the entry is recognised on the next sync.
 */
// NOTE: Clockwork's own formatted address is undocumented; if it joins parts differently, addresses are added again on re-syncs.
export function splitAddress(formatted: string): { city: string; state: string; country?: string } {
  const parts = formatted
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')

  if (parts.length <= 1) return { city: parts[0] ?? formatted.trim(), state: '' }
  if (parts.length === 2) return { city: parts[0]!, state: parts[1]! }
  return { city: parts.slice(0, -2).join(', '), state: parts.at(-2)!, country: parts.at(-1)! }
}

function positionBody(position: PositionEntry) {
  const body: Record<string, string | number> = {}
  if (position.title !== null) body.title = position.title
  if (position.companyName !== null) body.companyName = position.companyName
  if (position.start !== null) {
    body.startYear = position.start.year
    if (position.start.month !== undefined) body.startMonth = position.start.month
  }
  if (position.end !== null && !position.current) {
    body.endYear = position.end.year
    if (position.end.month !== undefined) body.endMonth = position.end.month
  }
  return body
}

/** Adds one list entry (an e-mail, phone, URL, address, position, school or tag) and returns its CRM id. */
export async function addCrmEntry(
  target: CrmWriteTarget,
  crmPersonId: string,
  field: string,
  item: ListEntry,
): Promise<string> {
  const records = target.client.records
  const callOptions = options(target)

  switch (item.type) {
    case 'email_list':
      return (
        await records.addEmail(
          crmPersonId,
          { address: item.entry.address, location: item.entry.location },
          callOptions,
        )
      ).id
    case 'phone_list': {
      const phone = {
        digits: item.entry.number,
        location: item.entry.location,
        ...(item.entry.extension ? { extension: item.entry.extension } : {}),
      }
      return (await records.addPhoneNumber(crmPersonId, phone, callOptions)).id
    }
    case 'url_list':
      return field === 'linkedinUrls'
        ? (await records.addLinkedinUrl(crmPersonId, item.entry, callOptions)).id
        : (await records.addWebSite(crmPersonId, { url: item.entry }, callOptions)).id
    case 'address_list':
      return (
        await records.addAddress(crmPersonId, splitAddress(item.entry.formatted), callOptions)
      ).id
    case 'positions':
      return (await records.addPosition(crmPersonId, positionBody(item.entry), callOptions)).id
    case 'educations': {
      const { schoolName, degree, fieldOfStudy, startYear, endYear } = item.entry
      const school = {
        name: schoolName,
        ...(degree === null ? {} : { degree }),
        ...(fieldOfStudy === null ? {} : { fieldOfStudy }),
        ...(startYear === null ? {} : { startYear }),
        ...(endYear === null ? {} : { endYear }),
      }
      return (await records.addSchool(crmPersonId, school, callOptions)).id
    }
    case 'tags':
      return addCrmTag(target, crmPersonId, item.entry)
  }
}

async function addCrmTag(
  target: CrmWriteTarget,
  crmPersonId: string,
  name: string,
): Promise<string> {
  const tagId = await target.tags.resolve(target.client, target.firm, name, target.signal)
  try {
    return (await target.client.records.addTag(crmPersonId, tagId, options(target))).id
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'crm_not_found') throw error

    // The cached tag was deleted in the CRM since, so find or create it again.
    target.tags.forget(target.firm, name)
    const freshId = await target.tags.resolve(target.client, target.firm, name, target.signal)
    return (await target.client.records.addTag(crmPersonId, freshId, options(target))).id
  }
}

/** Writes a note to a CRM person and returns its id. */
export async function addCrmNote(
  target: CrmWriteTarget,
  crmPersonId: string,
  html: string,
): Promise<string> {
  return (await target.client.notes.create(crmPersonId, html, options(target))).id
}

function options(target: CrmWriteTarget) {
  return target.signal === undefined ? {} : { signal: target.signal }
}
