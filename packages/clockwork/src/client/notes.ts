import {
  type CreateNoteFields,
  createNoteRequestSchema,
  createNoteResponseSchema,
  getNoteResponseSchema,
} from '../unconfirmed/notes.js'
import type { PageQuery } from '../wire/common.js'
import { listNotesResponseSchema, type Note } from '../wire/notes.js'
import type { ClockworkCallOptions, ClockworkIterateOptions } from './options.js'
import { walkOffsetPages } from './pagination.js'
import type { ClockworkTransport } from './transport.js'

/** Reads and writes the notes of people. Note content is HTML. */
export class ClockworkNotes {
  readonly #transport: ClockworkTransport

  /** Wraps the transport of a {@link ClockworkClient}. */
  constructor(transport: ClockworkTransport) {
    this.#transport = transport
  }

  /** Lists one page of a person's notes (`GET /people/{id}/notes`). */
  async listForPerson(
    personId: string,
    query: PageQuery = {},
    options?: ClockworkCallOptions,
  ): Promise<Note[]> {
    const call = {
      endpoint: 'listPersonNotes',
      params: { personId },
      query,
      responseSchema: listNotesResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).notes
  }

  /** Walks every note of a person, page by page. */
  iterateForPerson(
    personId: string,
    options: ClockworkIterateOptions = {},
  ): AsyncGenerator<Note, void, undefined> {
    const fetchPage = (limit: number, offset: number) =>
      this.listForPerson(personId, { limit, offset }, options)
    return walkOffsetPages(fetchPage, options.pageSize)
  }

  /** Reads one note with its content (`GET /notes/{id}`). */
  async get(noteId: string, options?: ClockworkCallOptions): Promise<Note> {
    const call = {
      endpoint: 'getNote',
      params: { noteId },
      responseSchema: getNoteResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).note
  }

  /**
   * Writes a note on a person (`POST /people/{id}/notes`, a guessed endpoint): HTML content
   * alone, or with a note type. Never retried, so a timeout leaves it unknown whether the note
   * was written.
   */
  async create(
    personId: string,
    note: string | CreateNoteFields,
    options?: ClockworkCallOptions,
  ): Promise<Note> {
    const call = {
      endpoint: 'createPersonNote',
      params: { personId },
      body: { note: typeof note === 'string' ? { content: note } : note },
      bodySchema: createNoteRequestSchema,
      responseSchema: createNoteResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).personNote
  }
}
