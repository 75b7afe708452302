import { resolve } from 'node:path'

import { z } from 'zod'

const portSchema = z.coerce.number().int().min(1).max(65_535)

/** Environment the launcher reads; every value has a laptop default. */
export const launcherEnvSchema = z.object({
  PORT: portSchema.default(3000),
  HOST: z.string().default('127.0.0.1'),
  SANDBOX_PORT: portSchema.default(4010),
  WORKER_METRICS_PORT: portSchema.default(9464),
  REDIS_URL: z.url().default('redis://127.0.0.1:6379'),
  DATABASE_URL: z.string().optional(),
  TALENT_SYNC_DATA_DIR: z.string().default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
})

/** Settings of one launcher run. */
export interface LauncherConfig {
  apiPort: number
  host: string
  sandboxPort: number
  metricsPort: number
  redisUrl: string
  databaseUrl: string | undefined
  dataDir: string
  logLevel: string
}

/**
 * Reads the launcher settings from the environment.
 *
 * @throws {Error} naming each invalid variable and what it must hold.
 */
export function readLauncherConfig(env: NodeJS.ProcessEnv, cwd: string): LauncherConfig {
  const result = launcherEnvSchema.safeParse(env)
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    throw new Error(`Invalid environment:\n  ${lines.join('\n  ')}`)
  }

  const values = result.data
  return {
    apiPort: values.PORT,
    host: values.HOST,
    sandboxPort: values.SANDBOX_PORT,
    metricsPort: values.WORKER_METRICS_PORT,
    redisUrl: values.REDIS_URL,
    databaseUrl: values.DATABASE_URL || undefined,
    dataDir: resolve(cwd, values.TALENT_SYNC_DATA_DIR),
    logLevel: values.LOG_LEVEL,
  }
}
