import type { FieldIssue } from '@talent-sync/core'

import { ApiError } from './errors.js'

/** Options of {@link HttpClient}. */
export interface HttpClientOptions {
  /** Origin and prefix put before every path; empty for the page's own origin. */
  baseUrl?: string
  /** The fetch implementation; the browser's by default. */
  fetch?: typeof fetch
  /** Called when a request is answered 401, so the app can ask to sign in again. */
  onUnauthorized?: () => void
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

type QueryValue = string | number | boolean | undefined

const SAFE_METHODS: readonly Method[] = ['GET']

/**
 * Sends JSON requests to the talent-sync API with the session cookie, adds
 * the session's CSRF token to every request that changes something, and
 * turns every failure into an {@link ApiError}.
 */
export class HttpClient {
  /** CSRF token of the current session, from sign-in or `GET /v1/session`. */
  csrfToken: string | undefined

  private readonly baseUrl: string
  private readonly fetchImpl: typeof fetch
  /** Called when a request is answered 401, so the app can ask to sign in again. */
  onUnauthorized: (() => void) | undefined

  constructor(options: HttpClientOptions = {}) {
    this.baseUrl = options.baseUrl ?? ''
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init))
    this.onUnauthorized = options.onUnauthorized
  }

  /** Sends a GET with optional query parameters; undefined values are left out. */
  get<T>(path: string, query: Record<string, QueryValue> = {}): Promise<T> {
    const params = new URLSearchParams()
    for (const [name, value] of Object.entries(query)) {
      if (value !== undefined) params.set(name, String(value))
    }
    const search = params.size > 0 ? `?${params.toString()}` : ''
    return this.request<T>('GET', `${path}${search}`)
  }

  /** Sends a request with a JSON body. */
  send<T>(method: Exclude<Method, 'GET'>, path: string, body?: unknown): Promise<T> {
    return this.request<T>(method, path, body)
  }

  private async request<T>(method: Method, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' }
    if (body !== undefined) headers['Content-Type'] = 'application/json'
    if (!SAFE_METHODS.includes(method) && this.csrfToken) headers['X-CSRF-Token'] = this.csrfToken

    let response: Response
    try {
      response = await this.fetchImpl(`${this.baseUrl}${path}`, {
        method,
        headers,
        credentials: 'include',
        body: body === undefined ? undefined : JSON.stringify(body),
      })
    } catch {
      throw new ApiError(
        'network_error',
        'The server could not be reached. Check your connection and try again.',
      )
    }

    if (response.status === 401) this.onUnauthorized?.()
    if (!response.ok) throw await readError(response)
    if (response.status === 204) return undefined as T
    return (await readJsonBody(response)) as T
  }
}

async function readJsonBody(response: Response): Promise<unknown> {
  const text = await response.text()
  if (text === '') return undefined
  try {
    return JSON.parse(text)
  } catch {
    throw new ApiError('invalid_response', 'The server sent an answer the dashboard cannot read.', {
      status: response.status,
    })
  }
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown
  try {
    body = await readJsonBody(response)
  } catch {
    body = undefined
  }

  const error = (body as { error?: unknown } | undefined)?.error
  if (!isErrorBody(error)) {
    return new ApiError('invalid_response', `The server failed with status ${response.status}.`, {
      status: response.status,
    })
  }

  return new ApiError(error.code, error.message, {
    status: response.status,
    issues: Array.isArray(error.errors) ? error.errors.filter(isFieldIssue) : [],
    requestId: typeof error.requestId === 'string' ? error.requestId : undefined,
  })
}

interface ErrorBody {
  code: string
  message: string
  errors?: unknown[]
  requestId?: unknown
}

function isErrorBody(value: unknown): value is ErrorBody {
  const candidate = value as Partial<ErrorBody> | undefined
  return typeof candidate?.code === 'string' && typeof candidate.message === 'string'
}

function isFieldIssue(value: unknown): value is FieldIssue {
  const candidate = value as Partial<FieldIssue> | undefined
  return typeof candidate?.path === 'string' && typeof candidate.message === 'string'
}
