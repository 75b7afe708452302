import { z } from 'zod'

import {
  clockworkIdSchema,
  listEnvelopeSchemas,
  pageQuerySchema,
  timestampSchema,
} from './common.js'

/**
 * Note of a person as `GET /people/{id}/notes` lists it. `content` is HTML and may be left out
 * of lists; `GET /notes/{id}` returns it.
 */
export const noteSchema = z.object({
  id: clockworkIdSchema,
  type: z.string().nullish(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema.optional(),
  content: z.string().nullish(),
})

/** Note of a person. */
export type Note = z.infer<typeof noteSchema>

/** Query of `GET /people/{id}/notes`. */
export const listNotesQuerySchema = pageQuerySchema

/** Query of `GET /people/{id}/notes`. */
export type ListNotesQuery = z.infer<typeof listNotesQuerySchema>

const notesEnvelopes = listEnvelopeSchemas('notes', noteSchema)

/** Response of `GET /people/{id}/notes` as sent: `{ notes: [...] | null }`. */
export const rawListNotesResponseSchema = notesEnvelopes.raw

/** Response of `GET /people/{id}/notes` with `notes` always an array. */
export const listNotesResponseSchema = notesEnvelopes.parsed

/** Response of `GET /people/{id}/notes` as sent. */
export type RawListNotesResponse = z.input<typeof rawListNotesResponseSchema>
/** Response of `GET /people/{id}/notes`. */
export type ListNotesResponse = z.output<typeof listNotesResponseSchema>
