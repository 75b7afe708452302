import { createNoteRequestSchema } from '@talent-sync/clockwork'
import { z } from 'zod'

import { readPage, slicePage } from '../http/pagination.js'
import { readBody } from '../http/request-body.js'
import { listOrNull, serializeNote } from '../wire/serialize-person.js'
import { notFound, personChanged, requirePerson, type EndpointHandlers } from './route-kit.js'

/** `POST /people/{id}/notes` body, extended with the note kind ("Call", "Email"...). */
const createNoteBodySchema = z.object({
  note: createNoteRequestSchema.shape.note.extend({ type: z.string().optional() }),
})

/** Handlers of the note endpoints: list a person's notes, read one, write one. */
export const noteHandlers: EndpointHandlers<'listPersonNotes' | 'getNote' | 'createPersonNote'> = {
  listPersonNotes: (c) => {
    const person = requirePerson(c)
    const notes = [...c.get('firm').notes.values()].filter((note) => note.personId === person.id)
    const page = slicePage(
      notes,
      readPage((name) => c.req.query(name)),
    )

    return c.json({ notes: listOrNull(page.map(serializeNote)) })
  },

  getNote: (c) => {
    const noteId = c.req.param('noteId') ?? ''
    const note = c.get('firm').notes.get(noteId)

    if (note === undefined) throw notFound('Note', noteId)

    return c.json({ note: serializeNote(note) })
  },

  createPersonNote: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { note: fields } = await readBody(c.req.raw, createNoteBodySchema)

    const note = {
      ...store.newBase(),
      personId: person.id,
      content: fields.content,
      type: fields.type ?? null,
    }
    store.notes.set(note.id, note)
    personChanged(store, person, context)

    return c.json({ personNote: serializeNote(note) }, 201)
  },
}
