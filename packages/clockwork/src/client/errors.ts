/** Stable code of each failure the Clockwork client reports. */
export type ClockworkErrorCode =
  | 'crm_credentials_rejected'
  | 'crm_not_found'
  | 'crm_validation_failed'
  | 'crm_rate_limited'
  | 'crm_server_error'
  | 'crm_timeout'
  | 'crm_unreachable'
  | 'crm_invalid_response'

/** Request that failed, as errors report it: never a header, so never a credential. */
export interface ClockworkRequestInfo {
  /** HTTP method. */
  readonly method: string
  /** Path relative to the firm's base path, e.g. `/people/{id}/notes`. */
  readonly path: string
}

interface ClockworkErrorOptions {
  request: ClockworkRequestInfo
  status?: number
  cause?: unknown
}

/**
 * Base class of every error the Clockwork client throws. `code` is stable and safe to show or
 * store, and `retryable` states whether the same call may succeed later unchanged.
 */
export abstract class ClockworkError extends Error {
  abstract readonly code: ClockworkErrorCode
  abstract readonly retryable: boolean
  /** HTTP method of the failed call. */
  readonly method: string
  /** Path of the failed call, relative to the firm's base path. */
  readonly path: string
  /** HTTP status of the response, when one arrived. */
  readonly status: number | undefined

  protected constructor(message: string, options: ClockworkErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.method = options.request.method
    this.path = options.request.path
    this.status = options.status
  }
}

/** Which credential Clockwork rejected, as far as the status code shows. */
export type RejectedCredential = 'api_key' | 'service_key'

/**
 * Clockwork rejected the credentials: `api_key` for the API key and secret (401), `service_key`
 * for the firm service key (403). Not retryable until someone fixes the connection.
 */
export class ClockworkCredentialsError extends ClockworkError {
  readonly code = 'crm_credentials_rejected'
  readonly retryable = false
  /** Credential that the status code points at. */
  readonly credential: RejectedCredential

  constructor(credential: RejectedCredential, options: ClockworkErrorOptions) {
    const what = credential === 'api_key' ? 'the API key and secret' : 'the firm service key'
    super(
      `Clockwork rejected ${what} (HTTP ${options.status}) on ${options.request.method} ${options.request.path}`,
      options,
    )
    this.credential = credential
  }
}

/** The firm in the base URL or the record id in the path does not exist. */
export class ClockworkNotFoundError extends ClockworkError {
  readonly code = 'crm_not_found'
  readonly retryable = false

  constructor(options: ClockworkErrorOptions) {
    super(
      `Clockwork found no firm or record for ${options.request.method} ${options.request.path}`,
      options,
    )
  }
}

/**
 * Clockwork (or the client, before sending, when `status` is undefined) rejected the request
 * body or query as invalid.
 */
export class ClockworkValidationError extends ClockworkError {
  readonly code = 'crm_validation_failed'
  readonly retryable = false
  /** Message from Clockwork's error body, or from the client's own check. */
  readonly crmMessage: string
  /** Messages per field, when the response lists them. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>

  constructor(
    crmMessage: string,
    fieldErrors: Record<string, string[]>,
    options: ClockworkErrorOptions,
  ) {
    const source = options.status === undefined ? 'invalid request' : `HTTP ${options.status}`
    super(
      `Clockwork rejected ${options.request.method} ${options.request.path} (${source}): ${crmMessage}`,
      options,
    )
    this.crmMessage = crmMessage
    this.fieldErrors = fieldErrors
  }
}

/** Clockwork responded 429; wait `retryAfterMs` (when given) before calling again. */
export class ClockworkRateLimitError extends ClockworkError {
  readonly code = 'crm_rate_limited'
  readonly retryable = true
  /** Wait that `Retry-After` asked for, in milliseconds; undefined when absent or unreadable. */
  readonly retryAfterMs: number | undefined

  constructor(retryAfterMs: number | undefined, options: ClockworkErrorOptions) {
    const wait = retryAfterMs === undefined ? 'no Retry-After' : `retry after ${retryAfterMs} ms`
    super(
      `Clockwork rate-limited ${options.request.method} ${options.request.path} (${wait})`,
      options,
    )
    this.retryAfterMs = retryAfterMs
  }
}

/** Clockwork responded with a 5xx status. */
export class ClockworkServerError extends ClockworkError {
  readonly code = 'crm_server_error'
  readonly retryable = true

  constructor(options: ClockworkErrorOptions) {
    super(
      `Clockwork failed with HTTP ${options.status} on ${options.request.method} ${options.request.path}`,
      options,
    )
  }
}

/** No complete response arrived within the call's timeout. */
export class ClockworkTimeoutError extends ClockworkError {
  readonly code = 'crm_timeout'
  readonly retryable = true
  /** Timeout that ran out, in milliseconds. */
  readonly timeoutMs: number

  constructor(timeoutMs: number, options: ClockworkErrorOptions) {
    super(
      `Clockwork did not answer ${options.request.method} ${options.request.path} within ${timeoutMs} ms`,
      options,
    )
    this.timeoutMs = timeoutMs
  }
}

/** The connection failed or dropped before a complete response (DNS, refused, reset). */
export class ClockworkUnreachableError extends ClockworkError {
  readonly code = 'crm_unreachable'
  readonly retryable = true

  constructor(options: ClockworkErrorOptions) {
    super(
      `Could not reach Clockwork for ${options.request.method} ${options.request.path}: ${describeCause(options.cause)}`,
      options,
    )
  }
}

/** The response was not JSON or did not match the expected schema. */
export class ClockworkInvalidResponseError extends ClockworkError {
  readonly code = 'crm_invalid_response'
  readonly retryable = false

  constructor(detail: string, options: ClockworkErrorOptions) {
    super(
      `Clockwork sent an invalid answer to ${options.request.method} ${options.request.path}: ${detail}`,
      options,
    )
  }
}

/** Finds the innermost system error code (`ECONNREFUSED`...) of a fetch failure. */
function describeCause(cause: unknown): string {
  let current = cause
  let description = 'connection failed'

  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const systemCode = (current as { code?: unknown }).code
    description = typeof systemCode === 'string' ? systemCode : current.message
    current = current.cause
  }
  return description
}
