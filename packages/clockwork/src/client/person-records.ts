import type { z } from 'zod'

import type { ClockworkEndpointName } from '../endpoints.js'
import type {
  PersonLinkedinUrl,
  PersonPhoneNumber,
  PersonSchool,
  PersonWebSite,
} from '../unconfirmed/items.js'
import {
  addPersonSchoolRequestSchema,
  addPersonSchoolResponseSchema,
  type AddPersonSchoolRequest,
  addPersonWebSiteRequestSchema,
  addPersonWebSiteResponseSchema,
  type AddPersonWebSiteRequest,
} from '../unconfirmed/person.js'
import {
  addPersonAddressRequestSchema,
  addPersonAddressResponseSchema,
  type AddPersonAddressRequest,
  addPersonEmailRequestSchema,
  addPersonEmailResponseSchema,
  type AddPersonEmailRequest,
  addPersonLinkedinUrlRequestSchema,
  addPersonLinkedinUrlResponseSchema,
  addPersonPhoneNumberRequestSchema,
  addPersonPhoneNumberResponseSchema,
  type AddPersonPhoneNumberRequest,
} from '../wire/contacts.js'
import {
  addPersonTagRequestSchema,
  addPersonTagResponseSchema,
  type PersonTagLink,
} from '../wire/lookups.js'
import type { PersonAddress, PersonEmail, PersonPosition } from '../wire/person.js'
import {
  addPersonPositionRequestSchema,
  addPersonPositionResponseSchema,
  type AddPersonPositionRequest,
} from '../wire/positions.js'
import type { ClockworkCallOptions } from './options.js'
import type { ClockworkTransport } from './transport.js'

type PersonRecordEndpoint = Extract<
  ClockworkEndpointName,
  | 'addPersonAddress'
  | 'addPersonEmail'
  | 'addPersonPhoneNumber'
  | 'addPersonLinkedinUrl'
  | 'addPersonPosition'
  | 'addPersonTag'
  | 'addPersonSchool'
  | 'addPersonWebSite'
>

/**
 * Adds entries to an existing person, one `POST /people/{id}/<collection>` each. These are
 * writes, so the client never retries them: a timeout leaves it unknown whether the entry exists.
 */
export class ClockworkPersonRecords {
  readonly #transport: ClockworkTransport

  /** Wraps the transport of a {@link ClockworkClient}. */
  constructor(transport: ClockworkTransport) {
    this.#transport = transport
  }

  /** Adds a postal address; Clockwork requires city and state. */
  async addAddress(
    personId: string,
    address: AddPersonAddressRequest['address'],
    options?: ClockworkCallOptions,
  ): Promise<PersonAddress> {
    const schemas = [addPersonAddressRequestSchema, addPersonAddressResponseSchema] as const
    const answer = await this.#add('addPersonAddress', personId, { address }, schemas, options)
    return answer.personAddress
  }

  /** Adds an email address. */
  async addEmail(
    personId: string,
    email: AddPersonEmailRequest['email'],
    options?: ClockworkCallOptions,
  ): Promise<PersonEmail> {
    const schemas = [addPersonEmailRequestSchema, addPersonEmailResponseSchema] as const
    const answer = await this.#add('addPersonEmail', personId, { email }, schemas, options)
    return answer.personEmailAddress
  }

  /** Adds a phone number. */
  async addPhoneNumber(
    personId: string,
    phoneNumber: AddPersonPhoneNumberRequest['phone_number'],
    options?: ClockworkCallOptions,
  ): Promise<PersonPhoneNumber> {
    const schemas = [addPersonPhoneNumberRequestSchema, addPersonPhoneNumberResponseSchema] as const
    const body = { phone_number: phoneNumber }
    const answer = await this.#add('addPersonPhoneNumber', personId, body, schemas, options)
    return answer.personPhoneNumber
  }

  /** Adds a LinkedIn profile URL. */
  async addLinkedinUrl(
    personId: string,
    url: string,
    options?: ClockworkCallOptions,
  ): Promise<PersonLinkedinUrl> {
    const schemas = [addPersonLinkedinUrlRequestSchema, addPersonLinkedinUrlResponseSchema] as const
    const body = { linkedin_url: { url } }
    const answer = await this.#add('addPersonLinkedinUrl', personId, body, schemas, options)
    return answer.personLinkedinUrl
  }

  /** Adds a position (job); at least one field must be set. */
  async addPosition(
    personId: string,
    position: AddPersonPositionRequest['position'],
    options?: ClockworkCallOptions,
  ): Promise<PersonPosition> {
    const schemas = [addPersonPositionRequestSchema, addPersonPositionResponseSchema] as const
    const answer = await this.#add('addPersonPosition', personId, { position }, schemas, options)
    return answer.position
  }

  /** Attaches an existing tag by id; see `lookups.findOrCreateTag` to get an id from a name. */
  async addTag(
    personId: string,
    tagId: string,
    options?: ClockworkCallOptions,
  ): Promise<PersonTagLink> {
    const schemas = [addPersonTagRequestSchema, addPersonTagResponseSchema] as const
    const body = { person_tag: { tag_id: tagId } }
    const answer = await this.#add('addPersonTag', personId, body, schemas, options)
    return answer.personTag
  }

  /** Adds a school (education entry), through a guessed endpoint. */
  async addSchool(
    personId: string,
    school: AddPersonSchoolRequest['school'],
    options?: ClockworkCallOptions,
  ): Promise<PersonSchool> {
    const schemas = [addPersonSchoolRequestSchema, addPersonSchoolResponseSchema] as const
    const answer = await this.#add('addPersonSchool', personId, { school }, schemas, options)
    return answer.personSchool
  }

  /** Adds a web site (personal site, GitHub, X/Twitter...), through a guessed endpoint. */
  async addWebSite(
    personId: string,
    webSite: AddPersonWebSiteRequest['web_site'],
    options?: ClockworkCallOptions,
  ): Promise<PersonWebSite> {
    const schemas = [addPersonWebSiteRequestSchema, addPersonWebSiteResponseSchema] as const
    const body = { web_site: webSite }
    const answer = await this.#add('addPersonWebSite', personId, body, schemas, options)
    return answer.personWebSite
  }

  #add<Schema extends z.ZodType>(
    endpoint: PersonRecordEndpoint,
    personId: string,
    body: unknown,
    [bodySchema, responseSchema]: readonly [z.ZodType, Schema],
    options: ClockworkCallOptions | undefined,
  ): Promise<z.output<Schema>> {
    const call = { endpoint, params: { personId }, body, bodySchema, responseSchema }
    return this.#transport.send(call, options)
  }
}
