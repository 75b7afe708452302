// The package ships CommonJS without type declarations; this declares the part this package uses.
declare module '@jsonresume/schema' {
  /** One problem found by the `jsonschema` validator the package wraps. */
  export interface JsonResumeValidationError {
    /** Path segments from the document root, such as `['work', 0, 'startDate']`. */
    path: (string | number)[]
    message: string
  }

  /** Validates a resume against the JSON Resume schema; calls back synchronously. */
  export function validate(
    resume: unknown,
    callback: (errors: JsonResumeValidationError[] | null, valid: boolean) => void,
  ): void

  const jsonResumeSchema: { validate: typeof validate }
  export default jsonResumeSchema
}
