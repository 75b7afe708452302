import { SYNC_QUEUE_NAME } from '@talent-sync/jobs'
import { z } from 'zod'

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

/** Treats an empty variable as unset, so `FOO=` falls back to the default. */
function optionalText() {
  return z
    .string()
    .optional()
    .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()))
}

function port(fallback: number) {
  return z.coerce
    .number()
    .int('must be a whole number')
    .min(0, 'must be between 0 and 65535')
    .max(65_535, 'must be between 0 and 65535')
    .default(fallback)
}

function milliseconds(minimum: number, fallback: number) {
  return z.coerce
    .number()
    .int('must be a whole number of milliseconds')
    .min(minimum, `must be at least ${minimum} ms`)
    .max(3_600_000, 'must be at most 3600000 ms')
    .default(fallback)
}

function url(protocols: readonly string[]) {
  return z.string().refine(
    (value) => {
      try {
        return protocols.includes(new URL(value).protocol)
      } catch {
        return false
      }
    },
    { message: `must be a URL starting with ${protocols.map((p) => `${p}//`).join(' or ')}` },
  )
}

const environmentSchema = z.object({
  REDIS_URL: url(['redis:', 'rediss:']).default('redis://127.0.0.1:6379'),
  DATABASE_URL: optionalText().pipe(url(['postgres:', 'postgresql:']).optional()),
  TALENT_SYNC_DATA_DIR: optionalText().transform((value) => value ?? './.data'),
  TALENT_SYNC_ENCRYPTION_KEY: optionalText(),
  CLOCKWORK_BASE_URL: optionalText().pipe(url(['http:', 'https:']).optional()),
  WORKER_CONCURRENCY: z.coerce
    .number()
    .int('must be a whole number')
    .min(1, 'must be at least 1')
    .max(256, 'must be at most 256')
    .default(4),
  WORKER_METRICS_PORT: port(9464),
  TALENT_SYNC_QUEUE_NAME: optionalText().transform((value) => value ?? SYNC_QUEUE_NAME),
  WORKER_LOCK_DURATION_MS: milliseconds(1_000, 30_000),
  WORKER_RECONNECT_POLL_MS: milliseconds(100, 15_000),
  LOG_LEVEL: z
    .enum(LOG_LEVELS, { message: `must be one of ${LOG_LEVELS.join(', ')}` })
    .default('info'),
})

/** Settings of one worker process, read from the environment. */
export interface WorkerConfig {
  /** Redis that holds the queue, the locks and the rate limiter state. */
  redisUrl: string
  /** PostgreSQL connection string; undefined selects the embedded database in `dataDir`. */
  databaseUrl: string | undefined
  /** Folder of the embedded database and the generated encryption key. */
  dataDir: string
  /** Key that decrypts stored CRM credentials; undefined reads the key file in `dataDir`. */
  encryptionKey: string | undefined
  /** Base URL of the Clockwork API, such as a local sandbox; undefined uses the client's default. */
  clockworkBaseUrl: string | undefined
  /** Jobs this process runs at once. */
  concurrency: number
  /** Port of `/metrics` and `/healthz` on 127.0.0.1; 0 picks a free port. */
  metricsPort: number
  /** BullMQ queue to take jobs from. */
  queueName: string
  /** Lock time of a running job and of a person lock; a crashed process's work frees up after it. */
  lockDurationMs: number
  /** Wait between checks of a CRM connection that needs reconnecting. */
  reconnectPollMs: number
  /** pino log level. */
  logLevel: (typeof LOG_LEVELS)[number]
}

/** Error raised for an invalid environment, naming every bad variable. */
export class ConfigError extends Error {
  /** Stable code of this error. */
  readonly code = 'invalid_config'
  /** One entry per invalid variable. */
  readonly issues: readonly { variable: string; message: string }[]

  constructor(issues: { variable: string; message: string }[]) {
    const lines = issues.map((issue) => `${issue.variable} ${issue.message}`)
    super(`Invalid worker environment: ${lines.join('; ')}.`)
    this.name = 'ConfigError'
    this.issues = issues
  }
}

/**
 * Reads the worker's settings from environment variables. Throws
 * {@link ConfigError} naming each invalid variable; the message never repeats
 * a value, because some variables hold secrets.
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = environmentSchema.safeParse(environment)

  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      })),
    )
  }

  const values = parsed.data
  return {
    redisUrl: values.REDIS_URL,
    databaseUrl: values.DATABASE_URL,
    dataDir: values.TALENT_SYNC_DATA_DIR,
    encryptionKey: values.TALENT_SYNC_ENCRYPTION_KEY,
    clockworkBaseUrl: values.CLOCKWORK_BASE_URL,
    concurrency: values.WORKER_CONCURRENCY,
    metricsPort: values.WORKER_METRICS_PORT,
    queueName: values.TALENT_SYNC_QUEUE_NAME,
    lockDurationMs: values.WORKER_LOCK_DURATION_MS,
    reconnectPollMs: values.WORKER_RECONNECT_POLL_MS,
    logLevel: values.LOG_LEVEL,
  }
}
