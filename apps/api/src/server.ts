import { serve, type ServerType } from '@hono/node-server'
import { SYNC_QUEUE_NAME } from '@talent-sync/jobs'
import { loadEncryptionKey, migrate, openDatabase, type DatabaseHandle } from '@talent-sync/store'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import type { Logger } from 'pino'

import { createApp } from './app.js'
import type { EnvConfig } from './config.js'
import { createClockworkFactory } from './crm/crm-client.js'
import { hasBuiltSpa } from './http/admin-spa.js'
import { DEFAULT_APP_CONFIG, systemClock, type AppConfig, type AppDeps } from './deps.js'

/** A started API: the listening server and how to stop everything it opened. */
export interface RunningApi {
  /** Port the server listens on; useful when the configured port was 0. */
  port: number
  close(): Promise<void>
}

function listen(deps: AppDeps, config: EnvConfig): Promise<{ server: ServerType; port: number }> {
  return new Promise((resolve) => {
    const server = serve(
      { fetch: createApp(deps).fetch, port: config.port, hostname: config.host },
      (info) => resolve({ server, port: info.port }),
    )
  })
}

/** Settings of {@link startApi} that do not come from the environment; tests isolate with them. */
export interface StartApiOptions {
  /** Queue name; the shared sync queue by default. */
  queueName?: string
  config?: Partial<AppConfig>
}

/**
 * Opens the database (migrating it), the encryption key, Redis and the job
 * queue, then serves the API. `close` stops accepting requests first, then
 * closes the queue, Redis and the database.
 */
export async function startApi(
  config: EnvConfig,
  logger: Logger,
  options: StartApiOptions = {},
): Promise<RunningApi> {
  const handle: DatabaseHandle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onPoolError: (error) => logger.error({ err: error }, 'idle database connection failed'),
  })
  await migrate(handle.db)
  const box = await loadEncryptionKey({
    encryptionKey: config.encryptionKey,
    dataDir: config.dataDir,
  })

  // Rate limits and readiness fail after a few retries when Redis is down, instead of waiting.
  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 })
  redis.on('error', (error) => logger.error({ err: error }, 'Redis connection failed'))
  const queueConnection = new Redis(config.redisUrl, { maxRetriesPerRequest: null })
  queueConnection.on('error', (error) =>
    logger.error({ err: error }, 'Redis queue connection failed'),
  )
  const queue = new Queue(options.queueName ?? SYNC_QUEUE_NAME, { connection: queueConnection })

  const deps: AppDeps = {
    db: handle.db,
    box,
    queue,
    redis,
    crm: createClockworkFactory(config.clockworkBaseUrl),
    logger,
    clock: systemClock,
    config: {
      ...DEFAULT_APP_CONFIG,
      adminDistDir: config.adminDistDir,
      trustedProxies: config.trustedProxies,
      ...options.config,
    },
  }
  const { server, port } = await listen(deps, config)
  logger.info(
    {
      host: config.host,
      port,
      database: handle.backend,
      adminSpa: hasBuiltSpa(config.adminDistDir),
    },
    'API started',
  )

  return {
    port,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()))
      await queue.close()
      queueConnection.disconnect()
      redis.disconnect()
      await handle.close()
      logger.info('API stopped')
    },
  }
}
