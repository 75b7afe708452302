import { personSchema, toFieldIssues, type Person, type PersonInput } from '@talent-sync/core'

import { ImportError } from './errors.js'

/**
 * Parses a mapped person with core's strict `personSchema`, so an importer
 * never returns a person the API would reject. Throws an
 * {@link ImportError} `invalid_person` naming every field at fault.
 */
export function parsePerson(input: PersonInput, sourceName: string): Person {
  const result = personSchema.safeParse(input)
  if (!result.success) {
    throw new ImportError(
      'invalid_person',
      `The person read from ${sourceName} is invalid.`,
      toFieldIssues(result.error),
    )
  }

  return result.data
}

/** Returns the trimmed text, or undefined when it is missing or blank. */
export function textOrUndefined(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined
  const trimmed = value.trim()
  return trimmed === '' ? undefined : trimmed
}
