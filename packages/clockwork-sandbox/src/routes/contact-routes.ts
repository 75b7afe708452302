import {
  type ContactLocation,
  contactLocations,
  addPersonAddressRequestSchema,
  addPersonEmailRequestSchema,
  addPersonLinkedinUrlRequestSchema,
  addPersonPhoneNumberRequestSchema,
  addPersonWebSiteRequestSchema,
} from '@talent-sync/clockwork'

import { readBody } from '../http/request-body.js'
import {
  serializeAddress,
  serializeEmail,
  serializePhoneNumber,
  serializeWebSite,
} from '../wire/serialize-person.js'
import { invalidField, personChanged, requirePerson, type EndpointHandlers } from './route-kit.js'

/** Handlers of the contact endpoints: addresses, emails, phones, LinkedIn URLs and web sites. */
export const contactHandlers: EndpointHandlers<
  | 'addPersonAddress'
  | 'addPersonEmail'
  | 'addPersonPhoneNumber'
  | 'addPersonLinkedinUrl'
  | 'addPersonWebSite'
> = {
  addPersonAddress: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { address: fields } = await readBody(c.req.raw, addPersonAddressRequestSchema)

    if (fields.region_id !== undefined && !store.regions.has(fields.region_id)) {
      throw invalidField('address.region_id', `no region has id "${fields.region_id}"`)
    }

    const address = {
      ...store.newBase(),
      street: fields.street ?? null,
      street2: fields.street_2 ?? null,
      city: fields.city,
      state: fields.state,
      postalCode: fields.postalCode ?? null,
      country: fields.country ?? null,
      location: readLocation('address.location', fields.location),
      regionId: fields.region_id ?? null,
    }
    person.addresses.push(address)
    personChanged(store, person, context)

    return c.json({ personAddress: serializeAddress(address) }, 201)
  },

  addPersonEmail: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { email: fields } = await readBody(c.req.raw, addPersonEmailRequestSchema)

    if (!/^[^\s@]+@[^\s@]+$/.test(fields.address)) {
      throw invalidField('email.address', `"${fields.address}" is not an email address`)
    }

    const email = {
      ...store.newBase(),
      address: fields.address,
      location: readLocation('email.location', fields.location),
    }
    person.emails.push(email)
    personChanged(store, person, context)

    return c.json({ personEmailAddress: serializeEmail(email) }, 201)
  },

  addPersonPhoneNumber: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { phone_number: fields } = await readBody(c.req.raw, addPersonPhoneNumberRequestSchema)

    if (!/\d/.test(fields.digits)) {
      throw invalidField('phone_number.digits', 'a phone number needs at least one digit')
    }

    const phone = {
      ...store.newBase(),
      digits: fields.digits,
      extension: fields.extension ?? null,
      location: readLocation('phone_number.location', fields.location),
    }
    person.phoneNumbers.push(phone)
    personChanged(store, person, context)

    return c.json({ personPhoneNumber: serializePhoneNumber(phone) }, 201)
  },

  addPersonLinkedinUrl: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { linkedin_url: fields } = await readBody(c.req.raw, addPersonLinkedinUrlRequestSchema)
    const url = requireHttpUrl('linkedin_url.url', fields.url)

    const link = { ...store.newBase(), url }
    person.linkedinUrls.push(link)
    personChanged(store, person, context)

    return c.json({ personLinkedinUrl: { ...link } }, 201)
  },

  addPersonWebSite: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { web_site: fields } = await readBody(c.req.raw, addPersonWebSiteRequestSchema)
    const url = requireHttpUrl('web_site.url', fields.url)

    const site = {
      ...store.newBase(),
      url,
      location: readLocation('web_site.location', fields.location),
    }
    person.webSites.push(site)
    personChanged(store, person, context)

    return c.json({ personWebSite: serializeWebSite(site) }, 201)
  },
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
