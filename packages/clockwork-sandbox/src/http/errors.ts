import type { ClockworkErrorBody } from '@talent-sync/clockwork'

/** Status codes of the sandbox's error responses. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 422 | 429 | 500 | 502 | 503 | 504

/**
 * Error a route raises to respond with a given status. The app's error
 * handler turns it into the client's guessed error body
 * (`{ message, errors? }`); `code` stays inside the sandbox, for logs.
 */
export class SandboxHttpError extends Error {
  constructor(
    readonly status: ErrorStatus,
    readonly code: string,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
    this.name = 'SandboxHttpError'
  }

  /** Body sent to the caller. */
  toBody(): ClockworkErrorBody {
    return this.fieldErrors === undefined
      ? { message: this.message }
      : { message: this.message, errors: this.fieldErrors }
  }
}
