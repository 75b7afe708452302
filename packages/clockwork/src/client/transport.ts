import { setTimeout as sleep } from 'node:timers/promises'

import type { Dispatcher } from 'undici'
import type { z } from 'zod'

import {
  clockworkEndpoints,
  clockworkPath,
  type ClockworkEndpointName,
  type EndpointParams,
  firmBasePath,
} from '../endpoints.js'
import { mapErrorResponse } from './error-mapping.js'
import {
  ClockworkError,
  ClockworkInvalidResponseError,
  type ClockworkRequestInfo,
  ClockworkTimeoutError,
  ClockworkUnreachableError,
  ClockworkValidationError,
} from './errors.js'
import {
  type ClockworkCallOptions,
  type ClockworkClientOptions,
  type ClockworkHooks,
  type ClockworkRequestEvent,
  defaultClockworkBaseUrl,
} from './options.js'
import { isResponseTimeout, timeoutDispatcher } from './timeouts.js'

/** Query value; `undefined` leaves the parameter out. */
export type QueryValue = string | number | undefined

/** One call as the client methods describe it to the transport. */
export interface ClockworkCall<Name extends ClockworkEndpointName, Schema extends z.ZodType> {
  readonly endpoint: Name
  readonly params: EndpointParams<Name>
  readonly query?: Record<string, QueryValue>
  /** Request body, checked against `bodySchema` before anything is sent. */
  readonly body?: unknown
  readonly bodySchema?: z.ZodType
  /** Schema of a 2xx response; undefined when the response body is not read. */
  readonly responseSchema?: Schema
}

/**
 * Options of `fetch` with undici's `dispatcher`. Node's `fetch` takes it, but a project that
 * compiles this package with the DOM library gets the DOM's `RequestInit`, which lacks it.
 */
type FetchInit = RequestInit & { dispatcher?: Dispatcher }

interface Attempt {
  readonly request: ClockworkRequestInfo
  readonly url: string
  readonly init: FetchInit
  readonly timeoutMs: number
  readonly callerSignal: AbortSignal | undefined
}

const defaults = { timeoutMs: 15_000, retries: 2, baseDelayMs: 250, maxDelayMs: 4000 }

/** Maximum delay that `setTimeout` keeps as given (about 24.8 days). */
const maxTimeoutMs = 2 ** 31 - 1

/** Characters that `fetch` rejects in a header value, and that would echo a key in its error. */
const invalidHeaderCharacters = /[\r\n\0]/

/**
 * Sends Clockwork calls over `fetch`: credentials headers, per-attempt timeouts, retries of
 * reads, hooks, and mapping of failures to {@link ClockworkError}s.
 */
export class ClockworkTransport {
  readonly #headers: Readonly<Record<string, string>>
  readonly #jsonHeaders: Readonly<Record<string, string>>
  readonly #secrets: readonly string[]
  readonly #baseUrl: string
  readonly #timeoutMs: number
  readonly #retries: number
  readonly #baseDelayMs: number
  readonly #maxDelayMs: number
  readonly #hooks: ClockworkHooks

  constructor(options: ClockworkClientOptions) {
    const { apiKey, apiSecret, serviceKey } = options.credentials
    if (invalidHeaderCharacters.test(serviceKey)) {
      throw new TypeError(
        'credentials.serviceKey contains a line break or NUL character. Copy the firm service key again.',
      )
    }
    const token = Buffer.from(`${apiKey}:${apiSecret}`).toString('base64')

    this.#headers = {
      Authorization: `${options.authScheme ?? 'Token'} ${token}`,
      'X-API-Key': serviceKey,
      Accept: 'application/json',
    }
    this.#jsonHeaders = { ...this.#headers, 'Content-Type': 'application/json' }
    this.#secrets = [apiKey, apiSecret, serviceKey, token].filter((secret) => secret.length > 0)
    this.#baseUrl =
      (options.baseUrl ?? defaultClockworkBaseUrl).replace(/\/+$/, '') + firmBasePath(options.firm)
    this.#timeoutMs = checkTimeout(options.timeoutMs ?? defaults.timeoutMs, 'timeoutMs')
    this.#retries = options.retry?.retries ?? defaults.retries
    this.#baseDelayMs = options.retry?.baseDelayMs ?? defaults.baseDelayMs
    this.#maxDelayMs = options.retry?.maxDelayMs ?? defaults.maxDelayMs
    this.#hooks = options.hooks ?? {}
  }

  /** Base URL of the firm's API, `<origin>/v3.0/<firm>`; it contains no credential. */
  get firmUrl(): string {
    return this.#baseUrl
  }

  /**
   * Sends one call and returns its parsed response. GET calls are retried on retryable failures
   * other than 429; other methods are sent once.
   */
  async send<Name extends ClockworkEndpointName, Schema extends z.ZodType = z.ZodUndefined>(
    call: ClockworkCall<Name, Schema>,
    options: ClockworkCallOptions = {},
  ): Promise<z.output<Schema>> {
    const attempt = this.#prepare(call, options)
    const retries = options.retries ?? this.#retries
    const maxAttempts = attempt.init.method === 'GET' ? retries + 1 : 1

    for (let number = 1; ; number += 1) {
      try {
        const body = await this.#attempt(call.endpoint, attempt, number)
        return this.#parse(body, call.responseSchema, attempt.request)
      } catch (error) {
        const retry = error instanceof ClockworkError && shouldRetry(error, number, maxAttempts)
        if (!retry) {
          throw error
        }
        await waitBeforeRetry(this.#backoffMs(number), attempt.callerSignal)
      }
    }
  }

  #prepare(
    call: ClockworkCall<ClockworkEndpointName, z.ZodType>,
    options: ClockworkCallOptions,
  ): Attempt {
    const { method } = clockworkEndpoints[call.endpoint]
    const path = clockworkPath(call.endpoint, call.params)
    const request = { method, path }
    const timeoutMs =
      options.timeoutMs === undefined
        ? this.#timeoutMs
        : checkTimeout(options.timeoutMs, 'options.timeoutMs')
    const init: FetchInit = {
      method,
      headers: this.#headers,
      dispatcher: timeoutDispatcher(timeoutMs),
    }
    if (options.signal !== undefined) {
      init.signal = options.signal
    }

    if (call.bodySchema !== undefined) {
      const checked = call.bodySchema.safeParse(call.body)
      if (!checked.success) {
        throw invalidRequest(checked.error, request)
      }
      init.body = JSON.stringify(checked.data)
      init.headers = this.#jsonHeaders
    }

    const url = this.#baseUrl + path + buildQuery(call.query)
    return { request, url, init, timeoutMs, callerSignal: options.signal }
  }

  async #attempt(
    endpoint: ClockworkEndpointName,
    attempt: Attempt,
    number: number,
  ): Promise<string> {
    const event = { endpoint, ...attempt.request, attempt: number }
    const { beforeRequest } = this.#hooks
    // Awaiting only a hook that exists spares each call a microtask turn.
    if (beforeRequest !== undefined) {
      await beforeRequest(event)
    }

    const started = performance.now()
    let response: ReadResponse
    try {
      response = await readWithin(attempt)
    } catch (error) {
      const code = error instanceof ClockworkError ? error.code : undefined
      this.#report(event, started, undefined, code)
      throw error
    }

    const { status, body } = response
    if (status < 200 || status > 299) {
      const retryAfter = response.headers.get('retry-after')
      const redact = (text: string) => this.#redact(text)
      const failure = mapErrorResponse(
        { status, retryAfter, body },
        attempt.request,
        new Date(),
        redact,
      )
      this.#report(event, started, status, failure.code)
      throw failure
    }
    this.#report(event, started, status, undefined)
    return body
  }

  #parse<Schema extends z.ZodType>(
    body: string,
    schema: Schema | undefined,
    request: ClockworkRequestInfo,
  ): z.output<Schema> {
    if (schema === undefined) {
      return undefined as z.output<Schema>
    }

    let json: unknown
    try {
      json = JSON.parse(body)
    } catch {
      throw new ClockworkInvalidResponseError('the body is not JSON', { request })
    }

    const parsed = schema.safeParse(json)
    if (!parsed.success) {
      throw new ClockworkInvalidResponseError(describeIssues(parsed.error), { request })
    }
    return parsed.data
  }

  #report(
    event: ClockworkRequestEvent,
    started: number,
    status: number | undefined,
    errorCode: ClockworkError['code'] | undefined,
  ): void {
    const { afterResponse } = this.#hooks
    if (afterResponse === undefined) {
      return
    }
    const durationMs = performance.now() - started
    afterResponse({ ...event, status, durationMs, errorCode })
  }

  #backoffMs(failedAttempt: number): number {
    const ceiling = Math.min(this.#maxDelayMs, this.#baseDelayMs * 2 ** (failedAttempt - 1))
    // Half fixed, half random, so that workers that failed together do not retry together.
    return ceiling / 2 + Math.random() * (ceiling / 2)
  }

  #redact(text: string): string {
    return this.#secrets.reduce((result, secret) => result.split(secret).join('[redacted]'), text)
  }
}

/**
 * Returns `timeoutMs` when it is a whole number of milliseconds that timers can keep.
 *
 * @throws {RangeError} naming `option` otherwise.
 */
function checkTimeout(timeoutMs: number, option: string): number {
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > maxTimeoutMs) {
    throw new RangeError(
      `${option} must be a whole number of milliseconds from 1 to ${maxTimeoutMs}, got ${timeoutMs}`,
    )
  }
  return timeoutMs
}

/** Response of one attempt, read in full. */
interface ReadResponse {
  readonly status: number
  readonly headers: Headers
  readonly body: string
}

/**
 * Fetches and reads the whole response before the attempt's deadline, which covers connecting,
 * the response head and the body. The deadline is a plain timer raced against the read, so the
 * request needs no `AbortSignal`. A request that loses the race stays open until the
 * dispatcher's head or body timeout closes it, or it ends.
 */
async function readWithin(attempt: Attempt): Promise<ReadResponse> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      reject(new ClockworkTimeoutError(attempt.timeoutMs, { request: attempt.request }))
    }, attempt.timeoutMs)
  })

  try {
    return await Promise.race([read(attempt), deadline])
  } catch (error) {
    throw toFailure(error, attempt)
  } finally {
    clearTimeout(timer)
  }
}

async function read(attempt: Attempt): Promise<ReadResponse> {
  // The caller's signal, if any, goes to fetch as it is.
  const response = await fetch(attempt.url, attempt.init)
  const body = await response.text()
  return { status: response.status, headers: response.headers, body }
}

/**
 * Turns what an attempt threw into what the caller receives: a {@link ClockworkError} as it is,
 * the reason of the caller's aborted signal, or a timeout or connection error for a `fetch` failure.
 */
function toFailure(error: unknown, attempt: Attempt): unknown {
  const { callerSignal, request } = attempt
  if (error instanceof ClockworkError) {
    return error
  }
  if (callerSignal?.aborted) {
    return callerSignal.reason
  }
  if (isResponseTimeout(error)) {
    return new ClockworkTimeoutError(attempt.timeoutMs, { request })
  }
  return new ClockworkUnreachableError({ request, cause: error })
}

function shouldRetry(error: ClockworkError, attempt: number, maxAttempts: number): boolean {
  return error.retryable && error.code !== 'crm_rate_limited' && attempt < maxAttempts
}

/** Waits between attempts; aborting the caller's signal rejects with the signal's reason. */
async function waitBeforeRetry(delayMs: number, signal: AbortSignal | undefined): Promise<void> {
  try {
    await sleep(delayMs, undefined, { signal })
  } catch (error) {
    throw signal?.aborted ? signal.reason : error
  }
}

function buildQuery(query: Record<string, QueryValue> | undefined): string {
  if (query === undefined) {
    return ''
  }

  const search = new URLSearchParams()
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) {
      search.set(key, String(value))
    }
  }

  const text = search.toString()
  return text === '' ? '' : `?${text}`
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ')
}

function invalidRequest(error: z.ZodError, request: ClockworkRequestInfo): ClockworkError {
  const fieldErrors: Record<string, string[]> = {}
  for (const issue of error.issues) {
    const field = issue.path.join('.') || '(root)'
    fieldErrors[field] = [...(fieldErrors[field] ?? []), issue.message]
  }
  return new ClockworkValidationError(describeIssues(error), fieldErrors, { request })
}
