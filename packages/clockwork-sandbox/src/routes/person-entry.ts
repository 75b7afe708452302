import type { z } from 'zod'

import { readBody } from '../http/request-body.js'
import type { SandboxContext } from '../http/sandbox-env.js'
import type { FirmStore } from '../state/firm-store.js'
import type { BaseRecord, PersonRecord } from '../state/records.js'
import { type EndpointHandler, personChanged, requirePerson, sendResponse } from './route-kit.js'

/** How one `POST /people/{id}/<collection>` endpoint reads, stores and returns an entry. */
export interface PersonEntryEndpoint<
  Body extends z.ZodType,
  Entry extends BaseRecord,
  Response extends z.ZodType,
> {
  /** Client schema of the request body. */
  bodySchema: Body
  /** Client schema of the response as sent. */
  responseSchema: Response
  /** Fields of the new entry; raises a 422 for a value that the schema lets through. */
  build: (body: z.output<Body>, store: FirmStore) => Omit<Entry, keyof BaseRecord>
  /** Person's collection that receives the entry. */
  collection: (person: PersonRecord) => Entry[]
  /** Response body for the stored entry. */
  respond: (entry: Entry, context: SandboxContext) => z.input<Response>
}

/**
 * Builds the handler of an endpoint that adds one entry to a person: 404 for an unknown
 * person, 422 for an invalid body, else the entry is stored and returned with 201.
 */
export function personEntryHandler<
  Body extends z.ZodType,
  Entry extends BaseRecord,
  Response extends z.ZodType,
>(endpoint: PersonEntryEndpoint<Body, Entry, Response>): EndpointHandler {
  return async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const body = await readBody(c.req.raw, endpoint.bodySchema)

    const entry = { ...store.newBase(), ...endpoint.build(body, store) } as Entry
    endpoint.collection(person).push(entry)
    personChanged(store, person, context)

    return sendResponse(c, endpoint.responseSchema, endpoint.respond(entry, context), 201)
  }
}
