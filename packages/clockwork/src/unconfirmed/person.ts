/** Guessed person endpoints: read one person, update one, add a school or a web site. */
import { z } from 'zod'

import { listFields, rawListFields, withListArrays } from '../wire/common.js'
import { createPersonRequestSchema } from '../wire/people.js'
import {
  personCollectionKeys,
  personSchema,
  personSummarySchema,
  rawPersonSchema,
} from '../wire/person.js'
import { personLinkedinUrlSchema, personSchoolSchema, personWebSiteSchema } from './items.js'

/** Collections that only a person read one by one carries. */
const detailCollections = {
  linkedinUrls: personLinkedinUrlSchema,
  webSites: personWebSiteSchema,
}

// NOTE: unconfirmed; `GET /people/{id}` and its `{ person }` envelope are not in any v3 source.
/** Person with every collection, as `GET /people/{id}` sends it (`null` when empty). */
export const rawPersonDetailSchema = rawPersonSchema.extend(rawListFields(detailCollections))

/** Person with every collection, each an array. */
export const personDetailSchema = personSchema.extend(listFields(detailCollections))

/** Names of every collection of a person read one by one. */
const personDetailCollectionKeys = [
  ...personCollectionKeys,
  ...(Object.keys(detailCollections) as (keyof typeof detailCollections)[]),
]

/**
 * Turns a person checked by {@link rawPersonDetailSchema} into the form
 * {@link personDetailSchema} returns, without a second parse.
 */
export function personDetailFromWire(person: z.output<typeof rawPersonDetailSchema>): PersonDetail {
  return withListArrays(person, personDetailCollectionKeys)
}

/** Response of `GET /people/{id}` as sent. */
export const rawGetPersonResponseSchema = z.object({ person: rawPersonDetailSchema })

/** Response of `GET /people/{id}`. */
export const getPersonResponseSchema = z.object({ person: personDetailSchema })

// NOTE: unconfirmed; v3 persons carry `firstName` and `lastName`, but no v3 source sends them.
/**
 * Body of `POST /people` as the client sends it and the sandbox reads it: the confirmed fields
 * plus the name parts, so that a first name with a space needs no split of `name`.
 */
export const createPersonWithNamesRequestSchema = z.object({
  person: createPersonRequestSchema.shape.person.extend({
    firstName: z.string().optional(),
    lastName: z.string().optional(),
  }),
})

// NOTE: unconfirmed; the v3 `POST /people` envelope is not documented, so both forms are read.
/**
 * Response of `POST /people`: `{ person: {...} }`, which the sandbox sends, or the person's
 * fields at the top level, which integrations in use read. Both parse to `{ person }`.
 */
export const createPersonResponseSchema = z.union([
  z.object({ person: personSummarySchema }),
  personSummarySchema.transform((person) => ({ person })),
])

/** Response of `POST /people` in the form the sandbox sends. */
export const rawCreatePersonResponseSchema = z.object({ person: rawPersonDetailSchema })

// NOTE: unconfirmed; no v3 source updates a person. Field names follow `POST /people`.
/** Body of `PUT /people/{id}`: the fields to change, every one optional. */
export const updatePersonRequestSchema = z.object({
  person: createPersonWithNamesRequestSchema.shape.person.omit({ tag_names: true, tag_ids: true }),
})

/** Response of `PUT /people/{id}`: the whole person after the change. */
export const updatePersonResponseSchema = getPersonResponseSchema

/** Response of `PUT /people/{id}` as sent. */
export const rawUpdatePersonResponseSchema = rawGetPersonResponseSchema

// NOTE: unconfirmed; v3 has no known education write. Field names follow the v1 API.
/** Body of `POST /people/{id}/schools`. */
export const addPersonSchoolRequestSchema = z.object({
  school: z.object({
    name: z.string().min(1),
    degree: z.string().optional(),
    fieldOfStudy: z.string().optional(),
    startYear: z.number().int().optional(),
    endYear: z.number().int().optional(),
  }),
})

/** Response of `POST /people/{id}/schools`. */
export const addPersonSchoolResponseSchema = z.object({ personSchool: personSchoolSchema })

// NOTE: unconfirmed; v3 has no known web-site write. Shaped like `linkedin_urls`.
/** Body of `POST /people/{id}/web_sites`. */
export const addPersonWebSiteRequestSchema = z.object({
  web_site: z.object({
    url: z.string().min(1),
    location: z.string().optional(),
  }),
})

/** Response of `POST /people/{id}/web_sites`. */
export const addPersonWebSiteResponseSchema = z.object({ personWebSite: personWebSiteSchema })

/** Person as sent by `GET /people/{id}`. */
export type RawPersonDetail = z.input<typeof rawPersonDetailSchema>
/** Person with every collection as an array. */
export type PersonDetail = z.output<typeof personDetailSchema>
/** Response of `GET /people/{id}` as sent. */
export type RawGetPersonResponse = z.input<typeof rawGetPersonResponseSchema>
/** Response of `GET /people/{id}`. */
export type GetPersonResponse = z.output<typeof getPersonResponseSchema>
/** Body of `POST /people` with the guessed name parts. */
export type CreatePersonWithNamesRequest = z.infer<typeof createPersonWithNamesRequestSchema>
/** Fields of a person to create. */
export type CreatePersonFields = CreatePersonWithNamesRequest['person']
/** Response of `POST /people`, normalized to `{ person }`. */
export type CreatePersonResponse = z.output<typeof createPersonResponseSchema>
/** Response of `POST /people` as the sandbox sends it. */
export type RawCreatePersonResponse = z.input<typeof rawCreatePersonResponseSchema>
/** Body of `PUT /people/{id}`. */
export type UpdatePersonRequest = z.infer<typeof updatePersonRequestSchema>
/** Fields of a person to change. */
export type UpdatePersonFields = UpdatePersonRequest['person']
/** Body of `POST /people/{id}/schools`. */
export type AddPersonSchoolRequest = z.infer<typeof addPersonSchoolRequestSchema>
/** Response of `POST /people/{id}/schools`. */
export type AddPersonSchoolResponse = z.infer<typeof addPersonSchoolResponseSchema>
/** Body of `POST /people/{id}/web_sites`. */
export type AddPersonWebSiteRequest = z.infer<typeof addPersonWebSiteRequestSchema>
/** Response of `POST /people/{id}/web_sites`. */
export type AddPersonWebSiteResponse = z.infer<typeof addPersonWebSiteResponseSchema>
