import {
  type CreatePersonFields,
  createPersonResponseSchema,
  createPersonWithNamesRequestSchema,
  personDetailFromWire,
  type PersonDetail,
  rawGetPersonResponseSchema,
  rawUpdatePersonResponseSchema,
  updatePersonRequestSchema,
  type UpdatePersonFields,
} from '../unconfirmed/person.js'
import type { PageQuery } from '../wire/common.js'
import {
  listPeopleResponseSchema,
  rawSearchPeopleResponseSchema,
  type SearchPeopleQuery,
  type SearchPeopleResponse,
} from '../wire/people.js'
import { type Person, personFromWire, type PersonSummary } from '../wire/person.js'
import { ClockworkLookups } from './lookups.js'
import { ClockworkNotes } from './notes.js'
import type {
  ClockworkCallOptions,
  ClockworkClientOptions,
  ClockworkIterateOptions,
} from './options.js'
import { walkOffsetPages, walkSearchPages } from './pagination.js'
import { ClockworkPersonRecords } from './person-records.js'
import { testClockworkConnection, type ConnectionTestResult } from './test-connection.js'
import { ClockworkTransport } from './transport.js'

/**
 * Typed client of one firm's Clockwork v3 API. People calls are methods of the client itself.
 * `records` adds emails, phones and other entries to a person, and `notes` reads and writes
 * notes. `lookups` covers companies, regions, tags, statuses and webhooks.
 *
 * Every call throws a {@link ClockworkError} subclass on failure. Reads are retried on server
 * errors, timeouts and dropped connections; writes are sent once.
 */
export class ClockworkClient {
  readonly #transport: ClockworkTransport
  /** Entries added to a person: addresses, emails, phones, LinkedIn, positions, tags... */
  readonly records: ClockworkPersonRecords
  /** Notes of people. */
  readonly notes: ClockworkNotes
  /** Companies, regions, tags, statuses and webhooks. */
  readonly lookups: ClockworkLookups

  constructor(options: ClockworkClientOptions) {
    this.#transport = new ClockworkTransport(options)
    this.records = new ClockworkPersonRecords(this.#transport)
    this.notes = new ClockworkNotes(this.#transport)
    this.lookups = new ClockworkLookups(this.#transport)
  }

  /** Base URL of the firm's API; it contains no credential. */
  get firmUrl(): string {
    return this.#transport.firmUrl
  }

  /**
   * Checks the connection with one cheap read and states what to fix when it fails. Never
   * throws for a Clockwork failure; the caller's abort still rejects.
   */
  testConnection(options?: ClockworkCallOptions): Promise<ConnectionTestResult> {
    return testClockworkConnection(this.#transport, options)
  }

  /** Lists one page of people (`GET /people`). */
  async listPeople(
    query: PageQuery = {},
    options?: ClockworkCallOptions,
  ): Promise<PersonSummary[]> {
    const call = {
      endpoint: 'listPeople',
      params: {},
      query,
      responseSchema: listPeopleResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).people
  }

  /** Walks every person, page by page. */
  iteratePeople(
    options: ClockworkIterateOptions = {},
  ): AsyncGenerator<PersonSummary, void, undefined> {
    return walkOffsetPages(
      (limit, offset) => this.listPeople({ limit, offset }, options),
      options.pageSize,
    )
  }

  /** Creates a person (`POST /people`) and returns the new record. */
  async createPerson(
    person: CreatePersonFields,
    options?: ClockworkCallOptions,
  ): Promise<PersonSummary> {
    const call = {
      endpoint: 'createPerson',
      params: {},
      body: { person },
      bodySchema: createPersonWithNamesRequestSchema,
      responseSchema: createPersonResponseSchema,
    } as const
    return (await this.#transport.send(call, options)).person
  }

  /** Runs one page of a free-text search (`GET /people_search`, pages from 1). */
  async searchPeople(
    query: SearchPeopleQuery,
    options?: ClockworkCallOptions,
  ): Promise<SearchPeopleResponse> {
    // The raw schema checks every field, and the conversion after it only fills empty lists.
    const call = {
      endpoint: 'searchPeople',
      params: {},
      query,
      responseSchema: rawSearchPeopleResponseSchema,
    } as const
    const { peopleSearch, meta } = await this.#transport.send(call, options)
    return { peopleSearch: (peopleSearch ?? []).map(personFromWire), meta }
  }

  /** Walks every hit of a free-text search, page by page. */
  iterateSearchPeople(
    q: string,
    options: ClockworkIterateOptions = {},
  ): AsyncGenerator<Person, void, undefined> {
    return walkSearchPages(async (limit, page) => {
      const result = await this.searchPeople({ q, limit, page }, options)
      return { items: result.peopleSearch, total: result.meta.total }
    }, options.pageSize)
  }

  /** Reads one person with every collection (`GET /people/{id}`, a guessed endpoint). */
  async getPerson(personId: string, options?: ClockworkCallOptions): Promise<PersonDetail> {
    const call = {
      endpoint: 'getPerson',
      params: { personId },
      responseSchema: rawGetPersonResponseSchema,
    } as const
    return personDetailFromWire((await this.#transport.send(call, options)).person)
  }

  /** Changes fields of a person (`PUT /people/{id}`, a guessed endpoint). */
  async updatePerson(
    personId: string,
    person: UpdatePersonFields,
    options?: ClockworkCallOptions,
  ): Promise<PersonDetail> {
    const call = {
      endpoint: 'updatePerson',
      params: { personId },
      body: { person },
      bodySchema: updatePersonRequestSchema,
      responseSchema: rawUpdatePersonResponseSchema,
    } as const
    return personDetailFromWire((await this.#transport.send(call, options)).person)
  }
}
