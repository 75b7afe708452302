/** Stable codes of the errors this package throws, for callers to branch on. */
export type StoreErrorCode =
  | 'database_url_required'
  | 'embedded_database_unavailable'
  | 'encryption_key_invalid'
  | 'encryption_key_mismatch'
  | 'ciphertext_invalid'
  | 'email_taken'
  | 'settings_version_conflict'
  | 'settings_version_not_found'
  | 'invalid_cursor'
  | 'not_found'

/**
 * Error raised by the store, with a stable `code` and a message meant for
 * operators. Messages never contain secrets, and neither does `cause` when
 * the store builds it.
 */
export class StoreError extends Error {
  /** Stable machine-readable code. */
  readonly code: StoreErrorCode

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'StoreError'
    this.code = code
  }
}

/**
 * Raised when a caller must not use the embedded database: several worker
 * processes, or processes on several machines, need a shared real PostgreSQL.
 */
export class DatabaseUrlRequiredError extends StoreError {
  constructor(reason: string) {
    super(
      'database_url_required',
      `${reason} Running several worker processes, or processes on several machines, ` +
        'needs DATABASE_URL pointing at a real PostgreSQL server.',
    )
    this.name = 'DatabaseUrlRequiredError'
  }
}

/** Returns true when `error` is a {@link StoreError} with the given code. */
export function isStoreError(error: unknown, code?: StoreErrorCode): error is StoreError {
  return error instanceof StoreError && (code === undefined || error.code === code)
}
