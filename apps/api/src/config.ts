import { fileURLToPath } from 'node:url'

import { z } from 'zod'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** The admin SPA's build folder in this repository (`apps/admin/dist`). */
const DEFAULT_ADMIN_DIST_DIR = fileURLToPath(new URL('../../admin/dist', import.meta.url))

/** Treats an empty variable like an unset one, as shells and `.env` files often leave them empty. */
function optionalText() {
  return z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()))
}

const envSchema = z.object({
  PORT: optionalText().pipe(
    z.coerce.number<string | undefined>().int().min(0).max(65_535).default(3000),
  ),
  HOST: optionalText().transform((value) => value ?? '127.0.0.1'),
  REDIS_URL: optionalText().pipe(
    z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  ),
  DATABASE_URL: optionalText().pipe(z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  TALENT_SYNC_DATA_DIR: optionalText().transform((value) => value ?? './.data'),
  TALENT_SYNC_ENCRYPTION_KEY: optionalText(),
  CLOCKWORK_BASE_URL: optionalText().pipe(
    z.url({ protocol: /^https?$/ }).default('https://api.clockworkrecruiting.com'),
  ),
  LOG_LEVEL: optionalText().pipe(z.enum(LOG_LEVELS).default('info')),
  TRUSTED_PROXIES: optionalText().pipe(
    z.coerce.number<string | undefined>().int().min(0).max(10).default(0),
  ),
  ADMIN_DIST_DIR: optionalText().transform((value) => value ?? DEFAULT_ADMIN_DIST_DIR),
})

/** The API's settings from the environment. */
export interface EnvConfig {
  port: number
  host: string
  redisUrl: string
  /** PostgreSQL URL; without it the embedded database in `dataDir` is used. */
  databaseUrl: string | undefined
  dataDir: string
  /** 32-byte key for secrets at rest; without it a key file in `dataDir` is used. */
  encryptionKey: string | undefined
  clockworkBaseUrl: string
  logLevel: (typeof LOG_LEVELS)[number]
  /** Reverse proxies in front of the API that append to `X-Forwarded-For`. */
  trustedProxies: number
  /** Folder of the built admin SPA, served at `/` when it contains an `index.html`. */
  adminDistDir: string
}

/** Raised when an environment variable is invalid; the message names each one. */
export class ConfigError extends Error {
  readonly code = 'invalid_config'

  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

/**
 * Reads the API's settings from environment variables. Messages name the
 * variable and the rule but never the value, because some values (the
 * encryption key, a database URL with a password) are secrets.
 *
 * @throws {ConfigError} naming every invalid variable.
 */
export function loadEnvConfig(env: NodeJS.ProcessEnv): EnvConfig {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new ConfigError(`Invalid environment variables. ${problems.join('; ')}.`)
  }

  const values = parsed.data
  return {
    port: values.PORT,
    host: values.HOST,
    redisUrl: values.REDIS_URL,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.TALENT_SYNC_DATA_DIR,
    encryptionKey: values.TALENT_SYNC_ENCRYPTION_KEY,
    clockworkBaseUrl: values.CLOCKWORK_BASE_URL,
    logLevel: values.LOG_LEVEL,
    trustedProxies: values.TRUSTED_PROXIES,
    adminDistDir: values.ADMIN_DIST_DIR,
  }
}
