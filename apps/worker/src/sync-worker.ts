import { SYNC_QUEUE_NAME } from '@talent-sync/jobs'
import type { Executor, SecretBox } from '@talent-sync/store'
import { Queue, Worker } from 'bullmq'
import type { Redis } from 'ioredis'
import type { Logger } from 'pino'

import { TagCache } from './crm/tag-cache.js'
import { TeamClients } from './crm/team-clients.js'
import { DEFAULT_JOB_TIMINGS, type JobTimings } from './jobs/job-timings.js'
import { createSyncProcessor, type JobResult } from './jobs/sync-processor.js'
import { createWorkerMetrics, type WorkerMetrics } from './metrics/worker-metrics.js'
import { PendingEvents } from './ordering/pending-events.js'
import { PersonLock } from './ordering/person-lock.js'
import { FirmRateLimiter } from './rate-limit/firm-rate-limiter.js'

/** Options of {@link createSyncWorker}. */
export interface SyncWorkerOptions {
  /** Redis connection (with `maxRetriesPerRequest: null`); BullMQ duplicates it for blocking reads. */
  redis: Redis
  db: Executor
  /** Decrypts the stored CRM credentials. */
  box: SecretBox
  logger: Logger
  /** Queue to take jobs from. Default the shared sync queue; tests use a unique name. */
  queueName?: string
  /** Jobs run at once. Default 4. */
  concurrency?: number
  /** Clockwork API origin, such as a local sandbox. */
  clockworkBaseUrl?: string | undefined
  /** Timeout of one CRM call in milliseconds. Default 15 000. */
  crmTimeoutMs?: number
  /** Overrides of the delays that steer waiting jobs. */
  timings?: Partial<JobTimings>
  /**
   * How long a job's BullMQ lock and a person lock last without renewal, in
   * milliseconds; a crashed process's jobs and people free up after it. Default 30 000.
   */
  lockDurationMs?: number
}

/** A running sync worker. */
export interface SyncWorker {
  worker: Worker
  /** The queue the worker takes jobs from, for job look-ups and counts. */
  queue: Queue
  metrics: WorkerMetrics
  /** Stops taking jobs, waits for the running ones, then closes the queue. */
  close(): Promise<void>
}

/**
 * Starts a BullMQ worker that applies sync and push jobs to the CRM. Locks,
 * the pending-event order and the rate limiter share Redis keys named after
 * the queue, so every process on the same queue cooperates.
 */
export function createSyncWorker(options: SyncWorkerOptions): SyncWorker {
  const queueName = options.queueName ?? SYNC_QUEUE_NAME
  const lockDurationMs = options.lockDurationMs ?? 30_000
  const keyPrefix = `${queueName}:worker`
  const logger = options.logger.child({ queue: queueName })

  const queue = new Queue(queueName, { connection: options.redis })
  const metrics = createWorkerMetrics(() =>
    queue.getJobCounts('waiting', 'active', 'delayed', 'failed', 'completed'),
  )
  const limiter = new FirmRateLimiter(options.redis, { keyPrefix })
  const lock = new PersonLock(options.redis, {
    keyPrefix,
    ttlMs: lockDurationMs,
    onRenewError: (error) => logger.warn({ err: error }, 'failed to renew a person lock'),
  })

  const processor = createSyncProcessor({
    db: options.db,
    queue,
    clients: new TeamClients({
      db: options.db,
      box: options.box,
      limiter,
      metrics,
      baseUrl: options.clockworkBaseUrl,
      ...(options.crmTimeoutMs === undefined ? {} : { timeoutMs: options.crmTimeoutMs }),
    }),
    tags: new TagCache(),
    lock,
    pending: new PendingEvents(options.redis, { keyPrefix }),
    limiter,
    metrics,
    logger,
    timings: { ...DEFAULT_JOB_TIMINGS, ...options.timings },
  })

  const worker = new Worker<unknown, JobResult>(queueName, processor, {
    connection: options.redis,
    concurrency: options.concurrency ?? 4,
    lockDuration: lockDurationMs,
    stalledInterval: Math.max(1_000, Math.floor(lockDurationMs / 2)),
  })

  worker.on('error', (error) => logger.error({ err: error }, 'worker error'))
  worker.on('stalled', (jobId) => logger.warn({ jobId }, 'job stalled, it runs again'))

  return {
    worker,
    queue,
    metrics,
    async close() {
      await worker.close()
      await queue.close()
    },
  }
}
