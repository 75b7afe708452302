/**
 * Records the sandbox stores for each firm. Field names follow the v3 wire
 * format (camelCase) so that serializing a record is mostly a copy; ids are
 * UUID strings and timestamps are `YYYY-MM-DD HH:MM:SS` strings in UTC.
 */

import type { ContactLocation } from '@talent-sync/clockwork'

/** Fields every stored sub-record carries. */
export interface BaseRecord {
  id: string
  createdAt: string
  updatedAt: string
}

/** Postal address of a person. */
export interface AddressRecord extends BaseRecord {
  street: string | null
  street2: string | null
  city: string | null
  state: string | null
  postalCode: string | null
  country: string | null
  location: ContactLocation
  regionId: string | null
}

/** Email address of a person. */
export interface EmailRecord extends BaseRecord {
  address: string
  location: ContactLocation
}

/** Phone number of a person. */
export interface PhoneNumberRecord extends BaseRecord {
  digits: string
  extension: string | null
  location: ContactLocation
}

/** LinkedIn profile URL of a person. */
export interface LinkedinUrlRecord extends BaseRecord {
  url: string
}

/** Web site (personal site, GitHub, X/Twitter...) of a person. */
export interface WebSiteRecord extends BaseRecord {
  url: string
  location: ContactLocation
}

/** Job a person holds or held; months are 1 to 12. */
export interface PositionRecord extends BaseRecord {
  title: string | null
  companyId: string | null
  companyName: string | null
  description: string | null
  startMonth: number | null
  startYear: number | null
  endMonth: number | null
  endYear: number | null
}

/** School a person attended, with the degree earned there. */
export interface SchoolRecord extends BaseRecord {
  name: string
  degree: string | null
  fieldOfStudy: string | null
  startYear: number | null
  endYear: number | null
}

/** Link between a person and a firm tag. */
export interface PersonTagRecord extends BaseRecord {
  tagId: string
}

/** Person with every contact detail and history entry attached. */
export interface PersonRecord extends BaseRecord {
  firstName: string | null
  lastName: string | null
  name: string
  nickName: string | null
  biography: string | null
  assistantName: string
  skypeName: string | null
  doNotContact: boolean
  noRelocation: boolean
  loadedAt: string
  addresses: AddressRecord[]
  emails: EmailRecord[]
  phoneNumbers: PhoneNumberRecord[]
  linkedinUrls: LinkedinUrlRecord[]
  webSites: WebSiteRecord[]
  positions: PositionRecord[]
  schools: SchoolRecord[]
  tags: PersonTagRecord[]
}

/** Note on a person; the content is HTML. */
export interface NoteRecord extends BaseRecord {
  personId: string
  content: string
  type: string | null
}

/** Company that positions refer to. */
export interface CompanyRecord extends BaseRecord {
  name: string
  website: string | null
  location: string | null
  industry: string | null
}

/** Named item of a firm catalogue: a region, a tag or a candidate status. */
export interface NamedRecord extends BaseRecord {
  name: string
}

/** Registered webhook subscription. */
export interface WebhookRecord extends BaseRecord {
  hookUrl: string
}

/** Everything one firm stores, as saved to and loaded from the state file. */
export interface FirmSnapshot {
  people: PersonRecord[]
  notes: NoteRecord[]
  companies: CompanyRecord[]
  regions: NamedRecord[]
  tags: NamedRecord[]
  statuses: NamedRecord[]
  webhooks: WebhookRecord[]
}
