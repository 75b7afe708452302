import { clockworkErrorStatus, type ClockworkEndpointName } from '@talent-sync/clockwork'
import type { Context } from 'hono'
import type { z } from 'zod'

import { SandboxHttpError } from '../http/errors.js'
import type { SandboxContext, SandboxEnv } from '../http/sandbox-env.js'
import type { FirmStore } from '../state/firm-store.js'
import type { PersonRecord } from '../state/records.js'

/** Handler of one Clockwork endpoint. */
export type EndpointHandler = (
  c: Context<SandboxEnv>,
  context: SandboxContext,
) => Response | Promise<Response>

/** Handlers for a group of Clockwork endpoints, keyed by the client's endpoint names. */
export type EndpointHandlers<Name extends ClockworkEndpointName> = Record<Name, EndpointHandler>

/**
 * Sends `body` as a JSON response. `schema` is the client's schema of this response as sent,
 * and typing `body` as its input makes the type check fail when the sandbox's response drifts
 * from what the client reads. Extra fields are allowed, as the client ignores them.
 */
export function sendResponse<Schema extends z.ZodType>(
  c: Context<SandboxEnv>,
  schema: Schema,
  body: z.input<Schema>,
  status: 200 | 201 = 200,
): Response {
  return c.json(body as Record<string, unknown>, status)
}

/** Returns the person named by the `:personId` path parameter, or raises a 404. */
export function requirePerson(c: Context<SandboxEnv>): PersonRecord {
  const personId = c.req.param('personId') ?? ''
  const person = c.get('firm').people.get(personId)

  if (person === undefined) throw notFound('Person', personId)

  return person
}

/** Error for a record id that does not exist in the firm. */
export function notFound(kind: string, id: string): SandboxHttpError {
  return new SandboxHttpError(
    clockworkErrorStatus.notFound,
    'record_not_found',
    `${kind} not found: no record has id "${id}".`,
  )
}

/** Error for one invalid body field, named by its path. */
export function invalidField(path: string, message: string): SandboxHttpError {
  return new SandboxHttpError(
    clockworkErrorStatus.validationFailed,
    'validation_failed',
    `Invalid ${path}: ${message}.`,
    { [path]: [message] },
  )
}

/** Records a person change: bumps the person's update time and saves the state. */
export function personChanged(
  store: FirmStore,
  person: PersonRecord,
  context: SandboxContext,
): void {
  store.touch(person)
  context.state.changed()
}

/** Current time as a `Date`, from the sandbox clock. */
export function currentDate(context: SandboxContext): Date {
  return new Date(context.now())
}
