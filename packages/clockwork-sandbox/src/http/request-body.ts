import { clockworkErrorStatus } from '@talent-sync/clockwork'
import { z } from 'zod'

import { SandboxHttpError } from './errors.js'

/** Turns `snake_case` into `camelCase`; camelCase names pass through unchanged. */
export function toCamelCase(name: string): string {
  return name.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase())
}

/**
 * Renames the keys of `value` to the spelling `schema` declares, matching
 * snake_case and camelCase forms of the same name, at every nesting level.
 * That lets one schema with the wire's mixed casing (`street_2` beside
 * `postalCode`) accept either casing of every field.
 */
export function alignKeys(value: unknown, schema: z.ZodType): unknown {
  const inner = unwrapSchema(schema)

  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    return value.map((item) => alignKeys(item, inner.element as z.ZodType))
  }

  if (!(inner instanceof z.ZodObject) || !isPlainObject(value)) return value

  const shape = inner.shape as Record<string, z.ZodType>
  const declared = new Map(Object.keys(shape).map((key) => [toCamelCase(key), key]))
  const result: Record<string, unknown> = {}

  for (const [key, field] of Object.entries(value)) {
    const target = declared.get(toCamelCase(key)) ?? key
    const fieldSchema = shape[target]

    // When a body sends both spellings of one field, the one the schema declares wins.
    if (target in result && key !== target) continue
    result[target] = fieldSchema === undefined ? field : alignKeys(field, fieldSchema)
  }

  return result
}

/**
 * Reads a JSON body and checks it against `schema`, accepting snake_case and
 * camelCase keys. Raises a 422 whose message and `errors` name each invalid
 * field by its path, such as `phone_number.digits`.
 */
export async function readBody<Schema extends z.ZodType>(
  request: Request,
  schema: Schema,
): Promise<z.output<Schema>> {
  const body = await readJson(request)
  const result = schema.safeParse(alignKeys(body, schema))

  if (result.success) return result.data

  const fieldErrors: Record<string, string[]> = {}
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || '(body)'
    fieldErrors[path] = [...(fieldErrors[path] ?? []), issue.message]
  }

  const summary = Object.entries(fieldErrors)
    .map(([path, messages]) => `${path}: ${messages.join('; ')}`)
    .join(', ')

  throw new SandboxHttpError(
    clockworkErrorStatus.validationFailed,
    'validation_failed',
    `Invalid ${summary}.`,
    fieldErrors,
  )
}

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text()

  try {
    return JSON.parse(text)
  } catch {
    throw new SandboxHttpError(
      clockworkErrorStatus.malformedBody,
      'invalid_json',
      'Request body is not valid JSON.',
    )
  }
}

function unwrapSchema(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema

  while (
    current instanceof z.ZodOptional ||
    current instanceof z.ZodNullable ||
    current instanceof z.ZodDefault
  ) {
    current = current.unwrap() as z.ZodType
  }

  return current
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
