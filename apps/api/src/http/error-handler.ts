import { ClockworkError } from '@talent-sync/clockwork'
import { SettingsLockedError } from '@talent-sync/core'
import { isStoreError } from '@talent-sync/store'
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'

import type { AppEnv } from '../env.js'
import { ApiError } from '../errors.js'

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: string
    message: string
    errors?: { path: string; message: string }[]
    requestId?: string
  }
}

/**
 * Turns a thrown error into `{ error: { code, message, errors? } }`. Known
 * errors keep their code and message. Anything else becomes a 500
 * `internal_error` that names only the request id, so no stack trace, SQL
 * or secret reaches the client. The full error goes to the request's log.
 */
export function handleError(error: unknown, c: Context<AppEnv>): Response {
  const apiError = toApiError(error)
  const requestId = c.get('requestId')
  const logger = c.get('logger')

  if (apiError.status >= 500) {
    logger?.error({ err: error, code: apiError.code }, 'request failed')
  } else {
    logger?.info({ code: apiError.code, status: apiError.status }, 'request rejected')
  }

  const body: ErrorBody = { error: { code: apiError.code, message: apiError.message } }
  if (apiError.errors) body.error.errors = apiError.errors
  if (apiError.status >= 500) body.error.requestId = requestId

  for (const [name, value] of Object.entries(apiError.headers)) c.header(name, value)
  return c.json(body, apiError.status)
}

/** Returns the 404 of a path the API does not serve. */
export function handleNotFound(c: Context<AppEnv>): Response {
  return handleError(
    new ApiError('not_found', `No route matches ${c.req.method} ${c.req.path}.`),
    c,
  )
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error

  if (error instanceof SettingsLockedError) {
    return new ApiError('setting_locked', error.message, {
      errors: error.keys.map((key) => ({ path: key, message: 'is locked by an admin' })),
    })
  }

  if (isStoreError(error, 'settings_version_conflict')) {
    return new ApiError('settings_version_conflict', error.message)
  }

  // The client's messages name the call and the status, never a credential.
  if (error instanceof ClockworkError) {
    if (error.code === 'crm_credentials_rejected') {
      return new ApiError(
        'crm_credentials_rejected',
        'The CRM rejected the saved credentials. An admin must reconnect.',
        {
          cause: error,
        },
      )
    }
    return new ApiError('crm_request_failed', `The CRM request failed: ${error.message}`, {
      cause: error,
    })
  }

  // Hono's own exceptions (for example from the body limit) carry a status but no code.
  if (error instanceof HTTPException && error.status === 413) {
    return new ApiError('payload_too_large', 'The request body is larger than 1 MiB.')
  }

  return new ApiError(
    'internal_error',
    'The request failed on the server. Quote the request id when reporting it.',
    {
      cause: error,
    },
  )
}
