import { z } from 'zod'

import {
  clockworkIdSchema,
  listEnvelopeSchemas,
  listSchema,
  pageQuerySchema,
  rawListSchema,
} from './common.js'
import { personSchema, personSummarySchema, rawPersonSchema } from './person.js'

const peopleEnvelopes = listEnvelopeSchemas('people', personSummarySchema)

/** Response of `GET /people` as sent. */
export const rawListPeopleResponseSchema = peopleEnvelopes.raw

/** Response of `GET /people` with `people` always an array. */
export const listPeopleResponseSchema = peopleEnvelopes.parsed

/**
 * Body of `POST /people`: every field is optional and the mixed casing (`tag_names` beside
 * `nickName`) is what integrations in use send.
 */
export const createPersonRequestSchema = z.object({
  person: z.object({
    name: z.string().optional(),
    nickName: z.string().optional(),
    assistantName: z.string().optional(),
    biography: z.string().optional(),
    doNotContact: z.boolean().optional(),
    noRelocation: z.boolean().optional(),
    skypeName: z.string().optional(),
    tag_names: z.array(z.string()).optional(),
    tag_ids: z.array(clockworkIdSchema).optional(),
  }),
})

/** Query of `GET /people_search`: free text and 1-based pages. */
export const searchPeopleQuerySchema = z.object({
  q: z.string(),
  limit: z.coerce.number().int().positive().optional(),
  page: z.coerce.number().int().positive().optional(),
})

/** Paging facts of a `people_search` response: total hits and the page served (1-based). */
export const searchMetaSchema = z.object({
  total: z.number().int().nonnegative(),
  page: z.number().int().positive(),
})

/** Response of `GET /people_search` as sent. */
export const rawSearchPeopleResponseSchema = z.object({
  peopleSearch: rawListSchema(rawPersonSchema),
  meta: searchMetaSchema,
})

/** Response of `GET /people_search` with `peopleSearch` always an array. */
export const searchPeopleResponseSchema = z.object({
  peopleSearch: listSchema(personSchema),
  meta: searchMetaSchema,
})

/** Query of `GET /people`. */
export const listPeopleQuerySchema = pageQuerySchema

/** Response of `GET /people` as sent. */
export type RawListPeopleResponse = z.input<typeof rawListPeopleResponseSchema>
/** Response of `GET /people`. */
export type ListPeopleResponse = z.output<typeof listPeopleResponseSchema>
/** Body of `POST /people` with the confirmed fields only. */
export type CreatePersonRequest = z.infer<typeof createPersonRequestSchema>
/** Query of `GET /people_search`. */
export type SearchPeopleQuery = z.infer<typeof searchPeopleQuerySchema>
/** Response of `GET /people_search` as sent. */
export type RawSearchPeopleResponse = z.input<typeof rawSearchPeopleResponseSchema>
/** Response of `GET /people_search`. */
export type SearchPeopleResponse = z.output<typeof searchPeopleResponseSchema>
