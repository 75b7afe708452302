import {
  createNoteRequestSchema,
  createNoteResponseSchema,
  rawGetNoteResponseSchema,
  rawListNotesResponseSchema,
} from '@talent-sync/clockwork'

import { readPage, slicePage } from '../http/pagination.js'
import { readBody } from '../http/request-body.js'
import { listOrNull, serializeNote } from '../wire/serialize-person.js'
import {
  notFound,
  personChanged,
  requirePerson,
  sendResponse,
  type EndpointHandlers,
} from './route-kit.js'

/** Handlers of the note endpoints: list a person's notes, read one, write one. */
export const noteHandlers: EndpointHandlers<'listPersonNotes' | 'getNote' | 'createPersonNote'> = {
  listPersonNotes: (c) => {
    const person = requirePerson(c)
    const notes = [...c.get('firm').notes.values()].filter((note) => note.personId === person.id)
    const page = slicePage(
      notes,
      readPage((name) => c.req.query(name)),
    )

    return sendResponse(c, rawListNotesResponseSchema, {
      notes: listOrNull(page.map(serializeNote)),
    })
  },

  getNote: (c) => {
    const noteId = c.req.param('noteId') ?? ''
    const note = c.get('firm').notes.get(noteId)

    if (note === undefined) throw notFound('Note', noteId)

    return sendResponse(c, rawGetNoteResponseSchema, { note: serializeNote(note) })
  },

  createPersonNote: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { note: fields } = await readBody(c.req.raw, createNoteRequestSchema)

    const note = {
      ...store.newBase(),
      personId: person.id,
      content: fields.content,
      type: fields.type ?? null,
    }
    store.notes.set(note.id, note)
    personChanged(store, person, context)

    return sendResponse(c, createNoteResponseSchema, { personNote: serializeNote(note) }, 201)
  },
}
