import { loadEnvConfig } from './config.js'
import { createLogger } from './logger.js'
import { startApi } from './server.js'

/**
 * Starts the API from the environment (`PORT`, `HOST`, `REDIS_URL`,
 * `DATABASE_URL`, `TALENT_SYNC_DATA_DIR`, `TALENT_SYNC_ENCRYPTION_KEY`,
 * `CLOCKWORK_BASE_URL`, `LOG_LEVEL`) and stops it on SIGTERM or SIGINT.
 */
async function main(): Promise<void> {
  const bootLogger = createLogger()
  let config
  try {
    config = loadEnvConfig(process.env)
  } catch (error) {
    bootLogger.fatal({ code: 'invalid_config' }, (error as Error).message)
    process.exit(1)
  }

  const logger = createLogger({ level: config.logLevel })
  const api = await startApi(config, logger)

  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'stopping API')
    api.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'API did not stop cleanly')
        process.exit(1)
      },
    )
  }
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}

main().catch((error: unknown) => {
  createLogger().fatal({ err: error }, 'API failed to start')
  process.exit(1)
})
