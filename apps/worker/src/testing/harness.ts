import { spawn, type ChildProcess } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import {
  startSandbox,
  faultSettingsSchema,
  type FaultSettingsInput,
  type FirmCredentials,
  type RunningSandbox,
} from '@talent-sync/clockwork-sandbox'
import { teamSettingsSchema, type PlatformEvent } from '@talent-sync/core'
import { enqueueEvents } from '@talent-sync/jobs'
import { createTeamWithAdmin, saveConnection, saveSettings } from '@talent-sync/store'
import { Queue } from 'bullmq'
import type { Redis } from 'ioredis'
import { pino } from 'pino'

import { createSyncWorker, type SyncWorker, type SyncWorkerOptions } from '../sync-worker.js'
import { deleteKeysWithPrefix, openTestRedis, TEST_REDIS_URL, uniqueTestName } from './redis.js'
import { createTestDatabase, type TestDatabase } from './test-database.js'

const WORKER_ROOT = fileURLToPath(new URL('../..', import.meta.url))

/** Options of {@link startHarness}. */
export interface HarnessOptions {
  /** Team settings document (defaults and locks) saved before the run. */
  teamSettings?: unknown
  /** The firm's request budget stored on the connection. Default 500. */
  requestsPerSecond?: number
}

/** A worker process started by {@link Harness.spawnWorker}. */
export interface WorkerProcess {
  child: ChildProcess
  /** Everything the process wrote so far, for failure messages. */
  output(): string
  /** Sends a signal and waits for the process to exit. */
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** A sandbox CRM, a database with one connected team, and a queue of its own. */
export interface Harness {
  db: TestDatabase
  redis: Redis
  sandbox: RunningSandbox
  firm: FirmCredentials
  teamId: string
  userId: string
  /** The team's event signing secret, for requests to the API. */
  signingSecret: string
  queueName: string
  queue: Queue
  setFaults(faults: FaultSettingsInput): void
  enqueue(events: readonly PlatformEvent[]): Promise<void>
  startWorker(options?: Partial<SyncWorkerOptions>): SyncWorker
  spawnWorker(environment?: Record<string, string>): WorkerProcess
  /** Waits until no job is waiting, active or delayed. Throws after `timeoutMs`. */
  waitUntilIdle(timeoutMs?: number): Promise<void>
  close(): Promise<void>
}

/** Starts the pieces of a worker test; `close` stops and removes all of them. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const firm: FirmCredentials = {
    name: uniqueTestName('firm').slice(0, 30),
    apiKey: 'test-api-key',
    apiSecret: 'test-api-secret-worker',
    serviceKey: 'test-service-key-worker',
  }
  const db = await createTestDatabase()
  const sandbox = await startSandbox({ port: 0, firms: [firm] })
  const redis = openTestRedis()
  const queueName = uniqueTestName('sync-test')
  const queue = new Queue(queueName, { connection: redis })

  const { team, admin, signingSecret } = await createTeamWithAdmin(db.handle.db, db.box, {
    teamName: 'Worker test team',
    adminEmail: `${queueName}@example.com`,
    adminPassword: 'correct horse battery staple',
  })
  await saveConnection(db.handle.db, db.box, team.id, {
    firmSubdomain: firm.name,
    credentials: { apiKey: firm.apiKey, apiSecret: firm.apiSecret, serviceKey: firm.serviceKey },
    requestsPerSecond: options.requestsPerSecond ?? 500,
  })
  if (options.teamSettings !== undefined) {
    const document = teamSettingsSchema.parse(options.teamSettings)
    await saveSettings(db.handle.db, team.id, { document, authorUserId: admin.id })
  }

  const workers: SyncWorker[] = []
  const processes: WorkerProcess[] = []

  return {
    db,
    redis,
    sandbox,
    firm,
    teamId: team.id,
    userId: admin.id,
    signingSecret,
    queueName,
    queue,
    setFaults(faults) {
      sandbox.sandbox.faults.configure(faultSettingsSchema.parse(faults))
    },
    async enqueue(events) {
      await enqueueEvents(queue, events)
    },
    startWorker(overrides = {}) {
      const worker = createSyncWorker({
        redis,
        db: db.handle.db,
        box: db.box,
        logger: pino({ level: process.env.WORKER_TEST_LOG_LEVEL ?? 'silent' }),
        queueName,
        clockworkBaseUrl: sandbox.url,
        lockDurationMs: 5_000,
        timings: { reconnectPollMs: 200, lockRetryMs: 50, turnRetryMs: 50, settleMs: 150 },
        ...overrides,
      })
      workers.push(worker)
      return worker
    },
    spawnWorker(environment = {}) {
      const process = spawnWorkerProcess({
        DATABASE_URL: db.url,
        TALENT_SYNC_ENCRYPTION_KEY: db.encryptionKey,
        REDIS_URL: TEST_REDIS_URL,
        CLOCKWORK_BASE_URL: sandbox.url,
        TALENT_SYNC_QUEUE_NAME: queueName,
        WORKER_METRICS_PORT: '0',
        WORKER_LOCK_DURATION_MS: '3000',
        WORKER_RECONNECT_POLL_MS: '200',
        LOG_LEVEL: 'warn',
        ...environment,
      })
      processes.push(process)
      return process
    },
    async waitUntilIdle(timeoutMs = 120_000) {
      const deadline = Date.now() + timeoutMs
      for (;;) {
        const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized')
        if (Object.values(counts).every((count) => count === 0)) return
        if (Date.now() > deadline)
          throw new Error(`Jobs still pending after ${timeoutMs} ms: ${JSON.stringify(counts)}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    async close() {
      for (const child of processes) await child.stop('SIGKILL')
      for (const worker of workers) await worker.close()
      await queue.obliterate({ force: true })
      await queue.close()
      await deleteKeysWithPrefix(redis, queueName)
      await deleteKeysWithPrefix(redis, `bull:${queueName}`)
      await redis.quit()
      await sandbox.close()
      await db.drop()
    },
  }
}

function spawnWorkerProcess(environment: Record<string, string>): WorkerProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: WORKER_ROOT,
    env: { ...process.env, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const chunks: string[] = []
  child.stdout?.on('data', (chunk) => chunks.push(String(chunk)))
  child.stderr?.on('data', (chunk) => chunks.push(String(chunk)))

  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  )

  return {
    child,
    output: () => chunks.join(''),
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    },
  }
}
