import type { SyncJob } from '@talent-sync/jobs'
import { UnrecoverableError, type Job } from 'bullmq'
import type { Logger } from 'pino'

import type { ConnectedCrm } from '../crm/team-clients.js'
import { classifyFailure, retryAfterMs } from '../retry/failure-kind.js'
import { delayJob } from './delay-job.js'
import { describeError, markNeedsReconnect, recordFailure } from './job-failures.js'
import { withJitter } from './job-timings.js'
import type { ProcessorDeps } from './sync-processor.js'

/**
 * Steers a job after its run threw: a 429 pauses the firm and delays the
 * job by Retry-After, and rejected credentials mark the connection and
 * delay the job. Neither counts as an attempt. A permanent error fails the
 * job at once and a transient one fails the attempt, both recorded in the
 * activity feed on the last attempt.
 */
export async function handleFailure(
  deps: ProcessorDeps,
  job: Job,
  token: string | undefined,
  data: SyncJob,
  crm: ConnectedCrm,
  error: unknown,
  logger: Logger,
): Promise<never> {
  const kind = classifyFailure(error)
  const personId = data.event.person.id

  if (kind === 'rate_limited') {
    const waitMs = retryAfterMs(error) ?? deps.timings.defaultRetryAfterMs
    await deps.limiter.pause(crm.firm, waitMs)
    deps.metrics.jobs.inc({ outcome: 'waiting_for_rate_limit' })
    logger.warn({ err: error, waitMs }, 'CRM rate limit reached, job waits')
    return delayJob(job, token, waitMs)
  }

  if (kind === 'credentials_rejected') {
    const marked = await markNeedsReconnect(deps.db, data.teamId, crm.connectionUpdatedAt, error)
    deps.clients.forget(data.teamId)
    deps.metrics.jobs.inc({ outcome: 'waiting_for_reconnect' })
    if (marked)
      logger.error({ err: error }, 'CRM rejected the credentials, connection needs reconnecting')
    else
      logger.warn({ err: error }, 'CRM rejected credentials that have changed since, job retries')
    return delayJob(job, token, withJitter(deps.timings.reconnectPollMs))
  }

  const attempts = job.opts.attempts ?? 1
  const lastAttempt = kind === 'permanent' || job.attemptsMade + 1 >= attempts
  if (lastAttempt) {
    await recordFailure(deps.db, data, error)
    await deps.pending.remove(data.teamId, personId, job.id!)
    deps.metrics.jobs.inc({ outcome: 'failed' })
    logger.error({ err: error, attempt: job.attemptsMade + 1 }, 'job failed')
  } else {
    deps.metrics.jobs.inc({ outcome: 'retried' })
    logger.warn(
      { err: error, attempt: job.attemptsMade + 1, attempts },
      'job attempt failed, will retry',
    )
  }

  if (kind === 'permanent') throw new UnrecoverableError(describeError(error))
  throw error
}
