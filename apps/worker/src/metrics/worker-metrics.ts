import { type Counter, type Gauge, MetricsRegistry } from './registry.js'

/** Outcome of one run of a job, as the jobs metric counts it. */
export type JobOutcome =
  | 'completed'
  | 'skipped'
  | 'needs_review'
  | 'retried'
  | 'failed'
  | 'waiting_for_lock'
  | 'waiting_for_turn'
  | 'waiting_for_reconnect'
  | 'waiting_for_rate_limit'

/** The worker's metrics and the registry that renders them. */
export interface WorkerMetrics {
  registry: MetricsRegistry
  /** Job runs by outcome. */
  jobs: Counter
  /** CRM calls by HTTP status, or by error code when no status arrived. */
  crmCalls: Counter
  /** Waits for the firm's shared request budget, and their total length. */
  rateLimitWaits: Counter
  rateLimitWaitSeconds: Counter
  /** Jobs in the queue by state, refreshed at each scrape. */
  queueDepth: Gauge
}

/**
 * Creates the worker's metrics. `countJobs`, when given, reports the queue's
 * job counts by state (BullMQ's `getJobCounts`) at each scrape.
 */
export function createWorkerMetrics(
  countJobs?: () => Promise<Record<string, number>>,
): WorkerMetrics {
  const registry = new MetricsRegistry()

  return {
    registry,
    jobs: registry.counter('talent_sync_worker_jobs_total', 'Job runs by outcome.'),
    crmCalls: registry.counter(
      'talent_sync_worker_crm_calls_total',
      'CRM calls by HTTP status, or by error code when no answer arrived.',
    ),
    rateLimitWaits: registry.counter(
      'talent_sync_worker_rate_limit_waits_total',
      'CRM calls that waited for the firm request budget or a Retry-After.',
    ),
    rateLimitWaitSeconds: registry.counter(
      'talent_sync_worker_rate_limit_wait_seconds_total',
      'Seconds spent waiting for the firm request budget or a Retry-After.',
    ),
    queueDepth: registry.gauge(
      'talent_sync_worker_queue_jobs',
      'Jobs in the queue by state.',
      countJobs === undefined
        ? undefined
        : async (gauge) => {
            const counts = await countJobs()
            for (const [state, count] of Object.entries(counts)) gauge.set({ state }, count)
          },
    ),
  }
}
