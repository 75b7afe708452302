/**
 * Starts the whole product on one machine: Redis when none answers, the
 * embedded database, the Clockwork sandbox, the API with the admin SPA and
 * the worker. The first start creates a demo team connected to the sandbox.
 * Ctrl-C stops everything this process started.
 */
import { mkdir } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { setTimeout as sleep } from 'node:timers/promises'

import { openDatabase, type DatabaseHandle } from '@talent-sync/store'
import pino from 'pino'

import { ensureDemoConnection, ensureDemoTeam } from './bootstrap.js'
import { readLauncherConfig } from './config.js'
import { loadDemoState } from './demo.js'
import { startProcess, stopProcesses, type ManagedProcess } from './processes.js'
import { hasRedisServer, isLoopbackUrl, pingRedis, startRedis } from './redis.js'

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const tsx = join(repositoryRoot, 'node_modules/.bin/tsx')
const logger = pino({ name: 'launcher', level: process.env.LOG_LEVEL ?? 'info' })

const config = readLauncherConfig(process.env, repositoryRoot)
const processes: ManagedProcess[] = []
let database: DatabaseHandle | undefined
let stopping = false

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const response = await fetch(url).catch(() => undefined)
    if (response?.ok) return
    await sleep(300)
  }
  throw new Error(`${url} did not answer 200 within ${timeoutMs / 1000} s`)
}

async function ensureRedis(): Promise<void> {
  if (await pingRedis(config.redisUrl)) return

  if (!isLoopbackUrl(config.redisUrl) || !hasRedisServer()) {
    throw new Error(
      `No Redis answers at ${config.redisUrl}. Install one (Debian or Ubuntu: ` +
        '`sudo apt-get install redis-server`; macOS: `brew install redis`) or set REDIS_URL ' +
        'to a running server, then start again.',
    )
  }

  logger.info({ redisUrl: config.redisUrl }, 'starting redis-server')
  const redis = await startRedis(config.redisUrl)
  processes.push({
    name: 'redis',
    child: redis,
    exited: new Promise((resolve) => redis.once('exit', (code, signal) => resolve(code ?? signal))),
  })
}

async function start(): Promise<void> {
  await mkdir(config.dataDir, { recursive: true })
  await ensureRedis()

  const { state } = await loadDemoState(config.dataDir)
  database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })
  const { signingSecret } = await ensureDemoTeam(database, state, {
    dataDir: config.dataDir,
    encryptionKey: process.env.TALENT_SYNC_ENCRYPTION_KEY,
  })

  const sandboxUrl = `http://127.0.0.1:${config.sandboxPort}`
  const apiUrl = `http://${config.host}:${config.apiPort}`
  const env = {
    ...process.env,
    LOG_LEVEL: config.logLevel,
    REDIS_URL: config.redisUrl,
    TALENT_SYNC_DATA_DIR: config.dataDir,
    CLOCKWORK_BASE_URL: sandboxUrl,
  }

  processes.push(
    startProcess(
      'sandbox',
      tsx,
      [
        join(repositoryRoot, 'packages/clockwork-sandbox/src/bin.ts'),
        '--port',
        String(config.sandboxPort),
        '--firm',
        state.firm.name,
        '--api-key',
        state.firm.apiKey,
        '--api-secret',
        state.firm.apiSecret,
        '--service-key',
        state.firm.serviceKey,
        '--state-file',
        join(config.dataDir, 'sandbox.json'),
        '--seed',
      ],
      env,
    ),
  )
  await waitForHttp(`${sandboxUrl}/_sandbox/faults`, 30_000)

  processes.push(
    startProcess('api', tsx, [join(repositoryRoot, 'apps/api/src/main.ts')], {
      ...env,
      PORT: String(config.apiPort),
      HOST: config.host,
    }),
  )
  await waitForHttp(`${apiUrl}/readyz`, 60_000)
  await ensureDemoConnection(apiUrl, state)

  processes.push(
    startProcess('worker', tsx, [join(repositoryRoot, 'apps/worker/src/main.ts')], {
      ...env,
      WORKER_METRICS_PORT: String(config.metricsPort),
    }),
  )
  await waitForHttp(`http://127.0.0.1:${config.metricsPort}/healthz`, 60_000)

  printWelcome(apiUrl, sandboxUrl, state, signingSecret)
}

function printWelcome(
  apiUrl: string,
  sandboxUrl: string,
  state: Awaited<ReturnType<typeof loadDemoState>>['state'],
  signingSecret: string | null,
): void {
  const lines = [
    '',
    `talent-sync is running at ${apiUrl}`,
    '',
    `  admin      ${state.admin.email}  password ${state.admin.password}`,
    `  recruiter  ${state.member.email}  password ${state.member.password}`,
    `  team id    ${state.teamId}`,
    signingSecret
      ? `  event signing secret (shown once; rotate it in Integrations): ${signingSecret}`
      : '  event signing secret: shown on the first start only; rotate it in Integrations',
    '',
    `  Clockwork sandbox  ${sandboxUrl}  (firm "${state.firm.name}")`,
    `  API docs           ${apiUrl}/docs`,
    `  worker metrics     http://127.0.0.1:${config.metricsPort}/metrics`,
    '',
    'Press Ctrl-C to stop.',
    '',
  ]
  process.stdout.write(lines.join('\n'))
}

async function stop(exitCode: number): Promise<void> {
  if (stopping) return
  stopping = true
  logger.info('stopping every process')
  await stopProcesses(processes)
  await database?.close()
  process.exit(exitCode)
}

process.once('SIGINT', () => void stop(0))
process.once('SIGTERM', () => void stop(0))

start().catch(async (error: unknown) => {
  logger.error({ err: error }, 'start failed')
  await stop(1)
})
