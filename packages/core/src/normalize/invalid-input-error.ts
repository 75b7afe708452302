/**
 * Stable codes of {@link InvalidInputError}, one for each kind of input the
 * normalisation, company, note, matching and settings rules reject.
 */
export type InvalidInputCode =
  | 'invalid_country'
  | 'invalid_threshold'
  | 'invalid_note_input'
  | 'invalid_time_zone'
  | 'unknown_setting'

/**
 * Error raised when a caller passes a value that a rule cannot work with, such
 * as a threshold outside 0..1 or a note without its event id. Values that only
 * fail to normalise (an invalid email, an unparseable phone number) are not
 * errors: those functions return `null` or keep the value as given.
 *
 * @example
 * ```ts
 * try {
 *   findCompanyDuplicates('Acme', [], { mode: 'similar', threshold: 2 })
 * } catch (error) {
 *   if (error instanceof InvalidInputError) console.error(error.code, error.field)
 * }
 * ```
 */
export class InvalidInputError extends Error {
  /** Stable machine-readable code of the failure. */
  readonly code: InvalidInputCode

  /** Name of the rejected argument or field, such as `threshold` or `occurredAt`. */
  readonly field: string

  /**
   * Creates the error. The message must not contain the rejected value when
   * that value may be personal data or a secret.
   */
  constructor(code: InvalidInputCode, field: string, message: string) {
    super(message)
    this.name = 'InvalidInputError'
    this.code = code
    this.field = field
  }
}

/**
 * Raises {@link InvalidInputError} `invalid_threshold` unless `value` is a
 * finite number from 0 to 1. `field` names the option in the message.
 */
export function assertThreshold(value: number, field: string): void {
  if (Number.isFinite(value) && value >= 0 && value <= 1) return

  throw new InvalidInputError(
    'invalid_threshold',
    field,
    `Option ${field} is ${value}, but must be a number from 0 to 1.`,
  )
}
