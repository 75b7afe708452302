import type { Context } from 'hono'
import type { z } from 'zod'
import { toFieldIssues } from '@talent-sync/core'

import { ApiError, type ErrorCode } from '../errors.js'

/**
 * Reads the request body as JSON. A body that is not JSON is a 400
 * `invalid_request`; a missing body reads as `{}`, so the schema names the
 * missing fields.
 */
export async function readJson(c: Context): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '') return {}
  return parseJsonText(text)
}

/** Parses JSON text, raising a 400 `invalid_request` when it is not JSON. */
export function parseJsonText(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('invalid_request', 'The request body is not valid JSON.')
  }
}

/**
 * Validates a value with a zod schema and returns the parsed output, or
 * raises a 400 whose `errors` name every field at fault.
 */
export function parseWith<T extends z.ZodType>(
  schema: T,
  value: unknown,
  code: ErrorCode = 'invalid_request',
  message = 'The request has invalid fields.',
): z.output<T> {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  throw new ApiError(code, message, { errors: toFieldIssues(result.error) })
}

/** Reads the JSON body and validates it with a schema; see {@link parseWith}. */
export async function readBody<T extends z.ZodType>(c: Context, schema: T): Promise<z.output<T>> {
  return parseWith(schema, await readJson(c))
}
