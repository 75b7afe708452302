import type { FieldIssue } from '@talent-sync/core'

/**
 * Codes the client itself raises when no API error body is available:
 * the request never reached the server, or the answer was not the JSON
 * the API sends.
 */
export type ClientErrorCode = 'network_error' | 'invalid_response'

/**
 * A failed API call: the API's stable `code`, a message safe to show, the
 * HTTP status (0 when the request never got an answer) and one issue per
 * field at fault, keyed by dotted path such as `fieldMapping.stringVariables.firstName`.
 */
export class ApiError extends Error {
  /** Stable machine-readable code, such as `crm_credentials_rejected`. */
  readonly code: string
  /** HTTP status of the answer; 0 when there was none. */
  readonly status: number
  /** Fields at fault, for validation errors; empty otherwise. */
  readonly issues: FieldIssue[]
  /** Id of the failed request, for server errors that ask to quote it. */
  readonly requestId: string | undefined

  constructor(
    code: string,
    message: string,
    options: { status?: number; issues?: FieldIssue[]; requestId?: string } = {},
  ) {
    super(message)
    this.name = 'ApiError'
    this.code = code
    this.status = options.status ?? 0
    this.issues = options.issues ?? []
    this.requestId = options.requestId
  }

  /** Lists the messages of the issues whose path is `path` or lies under it. */
  issuesAt(path: string): string[] {
    return this.issues
      .filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`))
      .map((issue) => issue.message)
  }
}

/** Checks whether a thrown value is an {@link ApiError}. */
export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError
}

/**
 * Returns a message for any thrown value. Unknown errors get a fixed
 * sentence, so a stack trace or a raw exception text never reaches the screen.
 */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    return error.requestId ? `${error.message} (request id ${error.requestId})` : error.message
  }
  return 'Something went wrong in the dashboard. Reload the page and try again.'
}
