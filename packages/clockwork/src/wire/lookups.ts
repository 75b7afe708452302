import { z } from 'zod'

import { clockworkIdSchema, listEnvelopeSchemas, namedRecordSchema } from './common.js'

const companiesEnvelopes = listEnvelopeSchemas('companies', namedRecordSchema)
const regionsEnvelopes = listEnvelopeSchemas('regions', namedRecordSchema)
const tagsEnvelopes = listEnvelopeSchemas('tags', namedRecordSchema)

/** Response of `GET /companies` as sent. */
export const rawListCompaniesResponseSchema = companiesEnvelopes.raw
/** Response of `GET /companies` with `companies` always an array. */
export const listCompaniesResponseSchema = companiesEnvelopes.parsed
/** Response of `GET /regions` as sent; a region id goes into `region_id` on addresses. */
export const rawListRegionsResponseSchema = regionsEnvelopes.raw
/** Response of `GET /regions` with `regions` always an array. */
export const listRegionsResponseSchema = regionsEnvelopes.parsed
/** Response of `GET /tags` as sent. */
export const rawListTagsResponseSchema = tagsEnvelopes.raw
/** Response of `GET /tags` with `tags` always an array. */
export const listTagsResponseSchema = tagsEnvelopes.parsed

/** Body of `POST /people/{id}/tags`: attaches an existing tag by id. */
export const addPersonTagRequestSchema = z.object({
  person_tag: z.object({ tag_id: clockworkIdSchema }),
})

/** Link between a person and a tag, as `POST /people/{id}/tags` returns it. */
export const personTagLinkSchema = z.object({
  id: clockworkIdSchema,
  tagId: clockworkIdSchema.optional(),
  name: z.string().optional(),
})

/** Response of `POST /people/{id}/tags`. */
export const addPersonTagResponseSchema = z.object({ personTag: personTagLinkSchema })

/** Response of `GET /companies`. */
export type ListCompaniesResponse = z.output<typeof listCompaniesResponseSchema>
/** Response of `GET /regions`. */
export type ListRegionsResponse = z.output<typeof listRegionsResponseSchema>
/** Response of `GET /tags`. */
export type ListTagsResponse = z.output<typeof listTagsResponseSchema>
/** Body of `POST /people/{id}/tags`. */
export type AddPersonTagRequest = z.infer<typeof addPersonTagRequestSchema>
/** Link between a person and a tag. */
export type PersonTagLink = z.infer<typeof personTagLinkSchema>
/** Response of `POST /people/{id}/tags`. */
export type AddPersonTagResponse = z.infer<typeof addPersonTagResponseSchema>
