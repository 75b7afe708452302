/**
 * Treatment of a failed step:
 * - `rate_limited`: wait (Retry-After when given) and try again, never counted as an attempt;
 * - `credentials_rejected`: the team's connection needs reconnecting, so its jobs wait;
 * - `transient`: try again with backoff, counted as an attempt (5xx, timeouts, lost connections,
 *   and any error the worker does not recognise);
 * - `permanent`: retrying cannot help (invalid data, missing mandatory fields), so the job fails at once.
 */
export type FailureKind = 'rate_limited' | 'credentials_rejected' | 'transient' | 'permanent'

const PERMANENT_CODES = new Set([
  'crm_validation_failed',
  'crm_invalid_response',
  'mandatory_fields_missing',
  'invalid_event',
  'invalid_job',
  'invalid_settings',
])

/** Reads the stable `code` of an error, or undefined when it has none. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' ? code : undefined
}

/** Sorts an error into a {@link FailureKind} by its `code`. */
export function classifyFailure(error: unknown): FailureKind {
  const code = errorCode(error)

  if (code === 'crm_rate_limited') return 'rate_limited'
  if (code === 'crm_credentials_rejected') return 'credentials_rejected'
  if (code !== undefined && PERMANENT_CODES.has(code)) return 'permanent'
  return 'transient'
}

/** Returns the Retry-After wait of a rate-limit error in milliseconds, or undefined. */
export function retryAfterMs(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined
  const value = (error as { retryAfterMs?: unknown }).retryAfterMs
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined
}
