/** Guessed note endpoints: create a note, and the envelope of reading one. */
import { z } from 'zod'

import { noteSchema } from '../wire/notes.js'

// NOTE: unconfirmed for v3; the v2 API took `{ note: { content } }` and returned `{ personNote }`.
/** Body of `POST /people/{id}/notes`: HTML content and an optional note type. */
export const createNoteRequestSchema = z.object({
  note: z.object({
    content: z.string().min(1),
    // NOTE: unconfirmed; v3 lists notes with a `type`, but no source shows how a write sets it.
    /** Note type such as "Call" or "Email" (the v1 API's note categories). */
    type: z.string().min(1).optional(),
  }),
})

/** Response of `POST /people/{id}/notes`. */
export const createNoteResponseSchema = z.object({ personNote: noteSchema })

// NOTE: unconfirmed; v3 callers render `content` of `GET /notes/{id}`, wrapped or not.
/**
 * Response of `GET /notes/{id}`: `{ note: {...} }`, which the sandbox sends, or the note at the
 * top level. Both parse to `{ note }`.
 */
export const getNoteResponseSchema = z.union([
  z.object({ note: noteSchema }),
  noteSchema.transform((note) => ({ note })),
])

/** Response of `GET /notes/{id}` in the form the sandbox sends. */
export const rawGetNoteResponseSchema = z.object({ note: noteSchema })

/** Body of `POST /people/{id}/notes`. */
export type CreateNoteRequest = z.infer<typeof createNoteRequestSchema>
/** Fields of a note to write. */
export type CreateNoteFields = CreateNoteRequest['note']
/** Response of `POST /people/{id}/notes`. */
export type CreateNoteResponse = z.infer<typeof createNoteResponseSchema>
/** Response of `GET /notes/{id}`, normalized to `{ note }`. */
export type GetNoteResponse = z.output<typeof getNoteResponseSchema>
