import type { Database, SecretBox } from '@talent-sync/store'
import type { JobQueue } from '@talent-sync/jobs'
import type { Redis } from 'ioredis'
import type { Logger } from 'pino'

import type { CrmClientFactory } from './crm/crm-client.js'

/** A source of the current time, replaced in tests. */
export interface Clock {
  now(): Date
}

/** Tunable behaviour of the API, with defaults in {@link DEFAULT_APP_CONFIG}. */
export interface AppConfig {
  /**
   * Whether the session cookie carries `Secure`. `auto` sets it when the
   * request URL is https, so a local http setup still signs in.
   */
  secureCookies: 'auto' | boolean
  /** Lifetime of a session, in milliseconds. */
  sessionTtlMs: number
  /** Sign-in attempts allowed per email and per IP address in one window. */
  loginMaxAttempts: number
  /** Length of the sign-in rate limit window, in seconds. */
  loginWindowSeconds: number
  /** How far an event signature's timestamp may be from now, in seconds. */
  signatureToleranceSeconds: number
  /** How long a rotated signing secret still verifies events, in milliseconds. */
  signingSecretGraceMs: number
  /** Prefix of the Redis keys the API writes itself (rate limits), so tests can isolate them. */
  redisKeyPrefix: string
  /**
   * Number of reverse proxies in front of the API that append to `X-Forwarded-For`. The per-IP
   * sign-in limit reads the client's address that many hops back. With 0 it uses the socket's peer.
   */
  trustedProxies: number
  /** Folder of the built admin SPA to serve at `/`; nothing is served when it has no `index.html`. */
  adminDistDir?: string | undefined
}

/** Defaults of {@link AppConfig}. */
export const DEFAULT_APP_CONFIG: AppConfig = {
  secureCookies: 'auto',
  sessionTtlMs: 7 * 24 * 3600 * 1000,
  loginMaxAttempts: 10,
  loginWindowSeconds: 15 * 60,
  signatureToleranceSeconds: 5 * 60,
  signingSecretGraceMs: 24 * 3600 * 1000,
  redisKeyPrefix: 'talent-sync:api:',
  trustedProxies: 0,
}

/** Everything the API talks to, passed in so tests can use their own. */
export interface AppDeps {
  /** The store's database. */
  db: Database
  /** Encrypts and decrypts the secrets the store keeps. */
  box: SecretBox
  /** The job queue that sync, push and backfill jobs go to. */
  queue: JobQueue
  /** Redis connection for rate limits and readiness. */
  redis: Redis
  /** Creates a CRM client for one team's connection. */
  crm: CrmClientFactory
  logger: Logger
  clock: Clock
  config: AppConfig
}

/** The system clock. */
export const systemClock: Clock = { now: () => new Date() }
