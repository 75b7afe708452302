import type { ClockworkEndpointName } from '../endpoints.js'
import type { ClockworkErrorCode } from './errors.js'

/** Real Clockwork API origin; `/v3.0/{firm}` is appended to it. */
export const defaultClockworkBaseUrl = 'https://api.clockworkrecruiting.com'

/** Credentials of one Clockwork user in one firm. */
export interface ClockworkCredentials {
  /** Per-user API key ("public key"). */
  readonly apiKey: string
  /** Per-user API secret, shown once when the key is created. */
  readonly apiSecret: string
  /** Firm service key, sent as `X-API-Key`. */
  readonly serviceKey: string
}

/** Retry policy of reads (GET). Writes are never retried by the client. */
export interface ClockworkRetryOptions {
  /** Further attempts after the first one; 0 turns retries off. Default 2. */
  readonly retries?: number
  /** Wait before the first retry, in milliseconds; each later wait doubles. Default 250. */
  readonly baseDelayMs?: number
  /** Ceiling of a single wait, in milliseconds. Default 4000. */
  readonly maxDelayMs?: number
}

/** Call as hooks see it; the path carries record ids but never a credential. */
export interface ClockworkRequestEvent {
  /** Endpoint name, e.g. `createPerson`. */
  readonly endpoint: ClockworkEndpointName
  /** HTTP method. */
  readonly method: string
  /** Path relative to the firm's base path. */
  readonly path: string
  /** 1 for the first attempt, 2 for the first retry, and so on. */
  readonly attempt: number
}

/** Outcome of one attempt, as hooks see it. */
export interface ClockworkResponseEvent extends ClockworkRequestEvent {
  /** HTTP status, undefined when no response arrived. */
  readonly status: number | undefined
  /** Time from sending to the full response (or the failure), in milliseconds. */
  readonly durationMs: number
  /** Code of the error this attempt produced, undefined on success. */
  readonly errorCode: ClockworkErrorCode | undefined
}

/**
 * Callbacks that observe every attempt, so that a caller can count calls or rate-limit them.
 * A rejection from `beforeRequest` cancels the call and reaches the caller unchanged.
 */
export interface ClockworkHooks {
  /** Runs before each attempt, including retries; the attempt waits for it. */
  readonly beforeRequest?: (event: ClockworkRequestEvent) => void | Promise<void>
  /** Runs after each attempt, whether it succeeded or failed. */
  readonly afterResponse?: (event: ClockworkResponseEvent) => void
}

/** Settings of a {@link ClockworkClient}. */
export interface ClockworkClientOptions {
  /** Firm name: the subdomain of the firm's Clockwork web app. */
  readonly firm: string
  /** Credentials; kept in private fields and never put in an error or a hook event. */
  readonly credentials: ClockworkCredentials
  /** API origin, e.g. a local sandbox's `http://127.0.0.1:4010`. Default: the real API. */
  readonly baseUrl?: string
  /** Scheme word of the `Authorization` header. Default `Token`. */
  readonly authScheme?: 'Token' | 'Bearer'
  /**
   * Timeout of one attempt, in whole milliseconds, including connecting and reading the body.
   * Default 15000.
   */
  readonly timeoutMs?: number
  /** Retry policy of reads. */
  readonly retry?: ClockworkRetryOptions
  /** Callbacks that observe each attempt. */
  readonly hooks?: ClockworkHooks
}

/** Per-call settings. */
export interface ClockworkCallOptions {
  /** Caller's signal; aborting it rejects the call with the signal's reason. */
  readonly signal?: AbortSignal
  /** Timeout of each attempt of this call, overriding the client's `timeoutMs`. */
  readonly timeoutMs?: number
  /** Retries of this call if it is a read; overrides the client's retry count. */
  readonly retries?: number
}

/** Settings of the iterators that walk a list page by page. */
export interface ClockworkIterateOptions extends ClockworkCallOptions {
  /** Records requested per page. Default 100. */
  readonly pageSize?: number
}
