/**
 * Starts every service of talent-sync on one machine and stops them again:
 * Redis when none responds, the embedded database, the Clockwork sandbox, the
 * API with the admin SPA and the worker. The first start creates a demo team
 * connected to the sandbox.
 */
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'

import { openDatabase, type DatabaseHandle } from '@talent-sync/store'
import type { Logger } from 'pino'

import { ensureDemoConnection, ensureDemoTeam } from './bootstrap.js'
import type { LauncherConfig } from './config.js'
import { loadDemoState, saveDemoState, type DemoState } from './demo.js'
import { startProcess, stopProcesses, type ManagedProcess } from './processes.js'
import { hasRedisServer, isLoopbackUrl, pingRedis, startRedis } from './redis.js'

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
// Services run on Node with the tsx loader, not the tsx command: that command kills a child that
// does not acknowledge a relayed SIGTERM within 30 ms, which would cut a graceful stop short.
const tsxLoader = import.meta.resolve('tsx')

/** Options of {@link startProduct} besides the configuration. */
export interface StartOptions {
  logger: Logger
  /** Environment passed on to every service, by default the environment of this process. */
  env?: NodeJS.ProcessEnv
  /** Stream that receives each service's output lines, prefixed with its name, by default stdout. */
  output?: NodeJS.WritableStream
}

/** The running product, as {@link startProduct} returns it. */
export interface RunningProduct {
  apiUrl: string
  sandboxUrl: string
  metricsUrl: string
  /** Demo accounts and sandbox firm, with the team id and the admin's user id filled in. */
  demo: DemoState
  /** Event signing secret when the demo team was created by this start, else null. */
  signingSecret: string | null
  /** Stops every process in reverse start order and closes the database. Safe to call twice. */
  stop: () => Promise<void>
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.ok) return
    await sleep(300)
  }
  throw new Error(`${url} did not return 200 within ${timeoutMs / 1000} s`)
}

async function ensureRedis(config: LauncherConfig, logger: Logger): Promise<ManagedProcess | null> {
  if (await pingRedis(config.redisUrl)) return null

  if (!isLoopbackUrl(config.redisUrl) || !hasRedisServer()) {
    throw new Error(
      `No Redis server responds at ${config.redisUrl}. Install one (Debian or Ubuntu: ` +
        '`sudo apt-get install redis-server`; macOS: `brew install redis`) or set REDIS_URL ' +
        'to a running server, then start again.',
    )
  }

  logger.info({ redisUrl: config.redisUrl }, 'starting redis-server')
  const redis = await startRedis(config.redisUrl)
  return {
    name: 'redis',
    child: redis,
    exited: new Promise((resolve) => redis.once('exit', (code, signal) => resolve(code ?? signal))),
  }
}

function sandboxArguments(config: LauncherConfig, demo: DemoState): string[] {
  return [
    join(repositoryRoot, 'packages/clockwork-sandbox/src/bin.ts'),
    '--port',
    String(config.sandboxPort),
    '--firm',
    demo.firm.name,
    '--api-key',
    demo.firm.apiKey,
    '--api-secret',
    demo.firm.apiSecret,
    '--service-key',
    demo.firm.serviceKey,
    '--state-file',
    join(config.dataDir, 'sandbox.json'),
    '--seed',
  ]
}

/**
 * Starts the whole product as `pnpm start` does and resolves once the API
 * and the worker pass their health checks and the demo team is connected.
 * When a step fails, it stops what it had started before rejecting, so no
 * process or database lock outlives the failure.
 *
 * @throws {Error} when Redis is missing, a port is taken, or a service does not become healthy.
 */
export async function startProduct(
  config: LauncherConfig,
  options: StartOptions,
): Promise<RunningProduct> {
  const processes: ManagedProcess[] = []
  let database: DatabaseHandle | undefined
  let stopped: Promise<void> | undefined

  const stop = () => {
    stopped ??= (async () => {
      options.logger.info('stopping every process')
      await stopProcesses(processes)
      await database?.close()
    })()
    return stopped
  }

  try {
    await mkdir(config.dataDir, { recursive: true })
    const redis = await ensureRedis(config, options.logger)
    if (redis) processes.push(redis)

    const { state: demo } = await loadDemoState(config.dataDir)
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
    const baseEnv = options.env ?? process.env
    const { signingSecret } = await ensureDemoTeam(database, demo, {
      dataDir: config.dataDir,
      encryptionKey: baseEnv.TALENT_SYNC_ENCRYPTION_KEY,
    })

    const sandboxUrl = `http://127.0.0.1:${config.sandboxPort}`
    const apiUrl = `http://${config.host}:${config.apiPort}`
    const metricsUrl = `http://127.0.0.1:${config.metricsPort}`
    const env = {
      ...baseEnv,
      LOG_LEVEL: config.logLevel,
      REDIS_URL: config.redisUrl,
      TALENT_SYNC_DATA_DIR: config.dataDir,
      CLOCKWORK_BASE_URL: sandboxUrl,
    }
    const launch = (name: string, script: string, args: string[], extraEnv = {}) => {
      processes.push(
        startProcess(
          name,
          process.execPath,
          ['--import', tsxLoader, script, ...args],
          { ...env, ...extraEnv },
          options.output,
        ),
      )
    }

    const [sandboxScript, ...sandboxArgs] = sandboxArguments(config, demo)
    launch('sandbox', sandboxScript!, sandboxArgs)
    await waitForHttp(`${sandboxUrl}/_sandbox/faults`, 30_000)

    launch('api', join(repositoryRoot, 'apps/api/src/main.ts'), [], {
      PORT: String(config.apiPort),
      HOST: config.host,
    })
    await waitForHttp(`${apiUrl}/readyz`, 60_000)
    const { adminUserId } = await ensureDemoConnection(apiUrl, demo)
    if (demo.admin.userId !== adminUserId) {
      demo.admin.userId = adminUserId
      await saveDemoState(config.dataDir, demo)
    }

    launch('worker', join(repositoryRoot, 'apps/worker/src/main.ts'), [], {
      WORKER_METRICS_PORT: String(config.metricsPort),
    })
    await waitForHttp(`${metricsUrl}/healthz`, 60_000)

    return { apiUrl, sandboxUrl, metricsUrl, demo, signingSecret, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
