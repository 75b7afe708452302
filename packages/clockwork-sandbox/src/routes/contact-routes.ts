import {
  type ContactLocation,
  contactLocations,
  addPersonAddressRequestSchema,
  addPersonAddressResponseSchema,
  addPersonEmailRequestSchema,
  addPersonEmailResponseSchema,
  addPersonLinkedinUrlRequestSchema,
  addPersonLinkedinUrlResponseSchema,
  addPersonPhoneNumberRequestSchema,
  addPersonPhoneNumberResponseSchema,
  addPersonWebSiteRequestSchema,
  addPersonWebSiteResponseSchema,
} from '@talent-sync/clockwork'

import {
  serializeAddress,
  serializeEmail,
  serializeLinkedinUrl,
  serializePhoneNumber,
  serializeWebSite,
} from '../wire/serialize-person.js'
import { personEntryHandler } from './person-entry.js'
import { invalidField, type EndpointHandlers } from './route-kit.js'

/** Handlers of the contact endpoints: addresses, emails, phones, LinkedIn URLs and web sites. */
export const contactHandlers: EndpointHandlers<
  | 'addPersonAddress'
  | 'addPersonEmail'
  | 'addPersonPhoneNumber'
  | 'addPersonLinkedinUrl'
  | 'addPersonWebSite'
> = {
  addPersonAddress: personEntryHandler({
    bodySchema: addPersonAddressRequestSchema,
    responseSchema: addPersonAddressResponseSchema,
    build: ({ address: fields }, store) => {
      if (fields.region_id !== undefined && !store.regions.has(fields.region_id)) {
        throw invalidField('address.region_id', `no region has id "${fields.region_id}"`)
      }

      return {
        street: fields.street ?? null,
        street2: fields.street_2 ?? null,
        city: fields.city,
        state: fields.state,
        postalCode: fields.postalCode ?? null,
        country: fields.country ?? null,
        location: readLocation('address.location', fields.location),
        regionId: fields.region_id ?? null,
      }
    },
    collection: (person) => person.addresses,
    respond: (address) => ({ personAddress: serializeAddress(address) }),
  }),

  addPersonEmail: personEntryHandler({
    bodySchema: addPersonEmailRequestSchema,
    responseSchema: addPersonEmailResponseSchema,
    build: ({ email: fields }) => {
      if (!/^[^\s@]+@[^\s@]+$/.test(fields.address)) {
        throw invalidField('email.address', `"${fields.address}" is not an email address`)
      }

      return {
        address: fields.address,
        location: readLocation('email.location', fields.location),
      }
    },
    collection: (person) => person.emails,
    respond: (email) => ({ personEmailAddress: serializeEmail(email) }),
  }),

  addPersonPhoneNumber: personEntryHandler({
    bodySchema: addPersonPhoneNumberRequestSchema,
    responseSchema: addPersonPhoneNumberResponseSchema,
    build: ({ phone_number: fields }) => {
      if (!/\d/.test(fields.digits)) {
        throw invalidField('phone_number.digits', 'a phone number needs at least one digit')
      }

      return {
        digits: fields.digits,
        extension: fields.extension ?? null,
        location: readLocation('phone_number.location', fields.location),
      }
    },
    collection: (person) => person.phoneNumbers,
    respond: (phone) => ({ personPhoneNumber: serializePhoneNumber(phone) }),
  }),

  addPersonLinkedinUrl: personEntryHandler({
    bodySchema: addPersonLinkedinUrlRequestSchema,
    responseSchema: addPersonLinkedinUrlResponseSchema,
    build: ({ linkedin_url: fields }) => ({ url: requireHttpUrl('linkedin_url.url', fields.url) }),
    collection: (person) => person.linkedinUrls,
    respond: (link) => ({ personLinkedinUrl: serializeLinkedinUrl(link) }),
  }),

  addPersonWebSite: personEntryHandler({
    bodySchema: addPersonWebSiteRequestSchema,
    responseSchema: addPersonWebSiteResponseSchema,
    build: ({ web_site: fields }) => ({
      url: requireHttpUrl('web_site.url', fields.url),
      location: readLocation('web_site.location', fields.location),
    }),
    collection: (person) => person.webSites,
    respond: (site) => ({ personWebSite: serializeWebSite(site) }),
  }),
}

/** Reads a contact location, defaulting to `other`; any other value is a 422 naming `path`. */
function readLocation(path: string, value: string | undefined): ContactLocation {
  if (value === undefined) return 'other'

  const location = contactLocations.find((known) => known === value.toLowerCase())
  if (location === undefined) {
    throw invalidField(path, `expected one of ${contactLocations.join(', ')}, got "${value}"`)
  }

  return location
}

/** Returns `value` when it is an http(s) URL, or raises a 422 naming `path`. */
function requireHttpUrl(path: string, value: string): string {
  let parsed: URL

  try {
    parsed = new URL(value)
  } catch {
    throw invalidField(path, `"${value}" is not a URL`)
  }

  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw invalidField(path, `"${value}" is not an http or https URL`)
  }

  return value
}
