import { loadEncryptionKey, migrate, openDatabase } from '@talent-sync/store'
import { Redis } from 'ioredis'

import { ConfigError, loadConfig } from './config.js'
import { createLogger } from './logger.js'
import { startMetricsServer } from './metrics/metrics-server.js'
import { createShutdown, exitOnSignals } from './shutdown.js'
import { createSyncWorker } from './sync-worker.js'

/**
 * Starts one worker process from the environment: opens the database and
 * Redis, takes sync jobs from the queue, and serves `/metrics` and
 * `/healthz`. SIGTERM or SIGINT stops it gracefully.
 */
async function main(): Promise<void> {
  let config
  try {
    config = loadConfig()
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`)
      process.exit(2)
    }
    throw error
  }

  const logger = createLogger({ level: config.logLevel })
  const handle = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    onPoolError: (error) => logger.error({ err: error }, 'database connection failed'),
  })
  if (handle.backend !== 'postgres') {
    // The embedded database serves one transaction at a time to every process on this machine.
    logger.warn(
      { backend: handle.backend, dataDir: config.dataDir },
      'using the embedded database; to run several worker processes, or workers on other machines, set DATABASE_URL to a PostgreSQL server',
    )
  }
  await migrate(handle.db)
  const box = await loadEncryptionKey({
    encryptionKey: config.encryptionKey,
    dataDir: config.dataDir,
  })

  const redis = new Redis(config.redisUrl, { maxRetriesPerRequest: null })
  redis.on('error', (error) => logger.error({ err: error }, 'redis connection failed'))

  const syncWorker = createSyncWorker({
    redis,
    db: handle.db,
    box,
    logger,
    concurrency: config.concurrency,
    clockworkBaseUrl: config.clockworkBaseUrl,
    queueName: config.queueName,
    lockDurationMs: config.lockDurationMs,
    timings: { reconnectPollMs: config.reconnectPollMs },
  })

  let running = true
  const metricsServer = await startMetricsServer({
    registry: syncWorker.metrics.registry,
    port: config.metricsPort,
    isHealthy: () => running && syncWorker.worker.isRunning(),
    onError: (error) => logger.error({ err: error }, 'metrics collection failed'),
  })

  const shutdown = createShutdown(
    [
      { name: 'health', close: async () => void (running = false) },
      { name: 'worker', close: () => syncWorker.close() },
      { name: 'metrics', close: () => metricsServer.close() },
      { name: 'redis', close: async () => void (await redis.quit()) },
      { name: 'database', close: () => handle.close() },
    ],
    logger,
  )
  exitOnSignals(shutdown, logger)

  logger.info(
    { concurrency: config.concurrency, metricsPort: metricsServer.port, database: handle.backend },
    'worker started',
  )
}

main().catch((error: unknown) => {
  process.stderr.write(
    `The worker failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  )
  process.exit(1)
})
