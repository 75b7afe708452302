import { createRequire } from 'node:module'

/** One problem found by the `jsonschema` validator that `@jsonresume/schema` wraps. */
export interface JsonResumeValidationError {
  /** Path segments from the document root, such as `['work', 0, 'startDate']`. */
  path: (string | number)[]
  message: string
}

/** The part of `@jsonresume/schema` 1.3 this package uses. */
interface JsonResumeSchemaModule {
  /** Validates a resume against the JSON Resume schema, calling back synchronously. */
  validate(
    resume: unknown,
    callback: (errors: JsonResumeValidationError[] | null, valid: boolean) => void,
  ): void
}

// The package is CommonJS without type declarations, so it is loaded with require and typed here.
const require = createRequire(import.meta.url)
const jsonResumeSchema = require('@jsonresume/schema') as JsonResumeSchemaModule

/** Returns the JSON Resume schema violations of a document; an empty list means it is valid. */
export function findJsonResumeErrors(document: unknown): JsonResumeValidationError[] {
  let found: JsonResumeValidationError[] = []
  jsonResumeSchema.validate(document, (errors) => {
    found = errors ?? []
  })
  return found
}
