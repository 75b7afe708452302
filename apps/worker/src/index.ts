/**
 * The talent-sync sync worker: a BullMQ worker that turns queued platform
 * events into Clockwork CRM writes that follow each team's settings. The
 * package also exports the pieces it is built from: per-person locks and
 * event order, a per-firm rate limiter shared through Redis, and metrics. `src/main.ts`
 * starts one worker process from the environment.
 *
 * @packageDocumentation
 */
export { createSyncWorker, type SyncWorker, type SyncWorkerOptions } from './sync-worker.js'
export { enqueueTeamResync, type TeamResync } from '@talent-sync/jobs'
export { ConfigError, loadConfig, type WorkerConfig } from './config.js'
export { createLogger, REDACTED_PATHS, type LoggerOptions } from './logger.js'
export { DEFAULT_JOB_TIMINGS, type JobTimings } from './jobs/job-timings.js'
export type { JobResult } from './jobs/sync-processor.js'
export type { SyncOutcome } from './sync/sync-event.js'
export { MandatoryFieldsMissingError } from './sync/errors.js'
export { PersonLock, type HeldLock, type PersonLockOptions } from './ordering/person-lock.js'
export { PendingEvents, type PendingEvent } from './ordering/pending-events.js'
export { FirmRateLimiter, type FirmRateLimiterOptions } from './rate-limit/firm-rate-limiter.js'
export {
  createWorkerMetrics,
  type JobOutcome,
  type WorkerMetrics,
} from './metrics/worker-metrics.js'
export { MetricsRegistry, type Counter, type Gauge, type Labels } from './metrics/registry.js'
export {
  startMetricsServer,
  type MetricsServer,
  type MetricsServerOptions,
} from './metrics/metrics-server.js'
