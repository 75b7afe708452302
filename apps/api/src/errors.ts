import type { FieldIssue } from '@talent-sync/core'

/**
 * Every error code the API returns, with its HTTP status. Clients branch on
 * the code, so a code keeps its meaning once published.
 */
export const ERROR_STATUS = {
  invalid_request: 400,
  invalid_event: 400,
  invalid_settings: 400,
  invalid_filter: 400,
  unauthorized: 401,
  invalid_signature: 401,
  forbidden: 403,
  csrf_token_invalid: 403,
  not_found: 404,
  setting_locked: 409,
  settings_version_conflict: 409,
  crm_not_connected: 409,
  crm_credentials_rejected: 409,
  payload_too_large: 413,
  mandatory_fields_missing: 422,
  crm_api_key_rejected: 422,
  crm_service_key_rejected: 422,
  crm_firm_not_found: 422,
  crm_unreachable: 422,
  crm_timeout: 422,
  crm_rate_limited: 422,
  crm_server_error: 422,
  crm_invalid_response: 422,
  crm_request_rejected: 422,
  job_not_retryable: 409,
  activity_not_open: 409,
  rate_limited: 429,
  internal_error: 500,
  crm_request_failed: 502,
} as const

/** A stable error code of the API. */
export type ErrorCode = keyof typeof ERROR_STATUS

/** Options of {@link ApiError}. */
export interface ApiErrorOptions {
  /** One entry per field at fault, for validation errors. */
  errors?: FieldIssue[]
  /** Extra response headers, such as `Retry-After`. */
  headers?: Record<string, string>
  /** The underlying error, logged but never sent to the client. */
  cause?: unknown
}

/**
 * The one error class of the API. The error handler turns it into
 * `{ error: { code, message, errors? } }` with the status of its code, so
 * the message must be safe to show: no secret, SQL or stack trace.
 */
export class ApiError extends Error {
  /** Stable machine-readable code. */
  readonly code: ErrorCode
  /** HTTP status of the response. */
  readonly status: (typeof ERROR_STATUS)[ErrorCode]
  /** Fields at fault, for validation errors. */
  readonly errors: FieldIssue[] | undefined
  /** Extra response headers. */
  readonly headers: Record<string, string>

  constructor(code: ErrorCode, message: string, options: ApiErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'ApiError'
    this.code = code
    this.status = ERROR_STATUS[code]
    this.errors = options.errors
    this.headers = options.headers ?? {}
  }
}

/** Creates the 404 for a resource that does not exist or belongs to another team. */
export function notFound(resource: string): ApiError {
  return new ApiError('not_found', `${resource} was not found.`)
}
