/** Guessed lookup endpoints: create a tag, and the candidate status list. */
import { z } from 'zod'

import { clockworkIdSchema, listEnvelopeSchemas, namedRecordSchema } from '../wire/common.js'

// NOTE: unconfirmed; v3 attaches tags by id and no source creates one, so `POST /tags` is guessed.
/** Body of `POST /tags`: a tag name that does not exist yet. */
export const createTagRequestSchema = z.object({
  tag: z.object({ name: z.string().min(1) }),
})

/** Response of `POST /tags`. */
export const createTagResponseSchema = z.object({ tag: namedRecordSchema })

// NOTE: unconfirmed; `GET /statuses` exists, but its shape is guessed like the other lookup lists.
/** Candidate (candidacy) status such as "Research" or "Placed". */
export const statusSchema = z.object({
  id: clockworkIdSchema,
  name: z.string(),
  position: z.number().int().nullish(),
})

const statusesEnvelopes = listEnvelopeSchemas('statuses', statusSchema)

/** Response of `GET /statuses` as sent. */
export const rawListStatusesResponseSchema = statusesEnvelopes.raw

/** Response of `GET /statuses` with `statuses` always an array. */
export const listStatusesResponseSchema = statusesEnvelopes.parsed

/** Body of `POST /tags`. */
export type CreateTagRequest = z.infer<typeof createTagRequestSchema>
/** Response of `POST /tags`. */
export type CreateTagResponse = z.infer<typeof createTagResponseSchema>
/** Candidate status. */
export type Status = z.infer<typeof statusSchema>
/** Response of `GET /statuses`. */
export type ListStatusesResponse = z.output<typeof listStatusesResponseSchema>
