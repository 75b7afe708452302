import { clockworkErrorBodySchema, clockworkErrorStatus } from '../unconfirmed/errors.js'
import {
  type ClockworkError,
  ClockworkCredentialsError,
  ClockworkInvalidResponseError,
  ClockworkNotFoundError,
  ClockworkRateLimitError,
  ClockworkServerError,
  type ClockworkRequestInfo,
  ClockworkValidationError,
} from './errors.js'
import { parseRetryAfter } from './retry-after.js'

/** Non-2xx response, read in full. */
export interface ErrorResponse {
  readonly status: number
  readonly retryAfter: string | null
  readonly body: string
}

/** Reads Clockwork's error body, or returns undefined when it has another shape. */
function readErrorBody(body: string) {
  try {
    const parsed = clockworkErrorBodySchema.safeParse(JSON.parse(body))
    return parsed.success ? parsed.data : undefined
  } catch {
    return undefined
  }
}

/**
 * Maps a non-2xx response to the matching {@link ClockworkError}. `redact` removes credentials
 * from any text that came from the server before it goes into an error.
 */
export function mapErrorResponse(
  response: ErrorResponse,
  request: ClockworkRequestInfo,
  now: Date,
  redact: (text: string) => string,
): ClockworkError {
  const { status } = response
  const options = { request, status }

  if (status === clockworkErrorStatus.credentialsRejected) {
    return new ClockworkCredentialsError('api_key', options)
  }
  if (status === clockworkErrorStatus.serviceKeyRejected) {
    return new ClockworkCredentialsError('service_key', options)
  }
  if (status === clockworkErrorStatus.notFound) {
    return new ClockworkNotFoundError(options)
  }
  if (status === clockworkErrorStatus.rateLimited) {
    return new ClockworkRateLimitError(parseRetryAfter(response.retryAfter, now), options)
  }
  // 408 means the server gave up waiting for the request, so a retry may succeed.
  if (status >= 500 || status === 408) {
    return new ClockworkServerError(options)
  }
  if (status >= 400) {
    const body = readErrorBody(response.body)
    const message = redact(body?.message ?? `HTTP ${status} without a readable error body`)
    return new ClockworkValidationError(message, redactFieldErrors(body?.errors, redact), options)
  }
  return new ClockworkInvalidResponseError(`unexpected HTTP ${status}`, options)
}

function redactFieldErrors(
  errors: Record<string, string[]> | undefined,
  redact: (text: string) => string,
): Record<string, string[]> {
  const entries = Object.entries(errors ?? {}).map(([field, messages]) => [
    field,
    messages.map(redact),
  ])
  return Object.fromEntries(entries)
}
