import type { PlatformEvent } from '@talent-sync/core'
import { jobDataSchema, type BackfillJob, type JobData, type SyncJob } from '@talent-sync/jobs'
import { recordActivity, type Executor } from '@talent-sync/store'
import { DelayedError, UnrecoverableError, type Job, type Queue } from 'bullmq'
import type { Logger } from 'pino'

import { lastSyncedEvent } from '../backfill/last-synced-event.js'
import type { TagCache } from '../crm/tag-cache.js'
import type { TeamClients } from '../crm/team-clients.js'
import type { WorkerMetrics } from '../metrics/worker-metrics.js'
import type { PendingEvents } from '../ordering/pending-events.js'
import type { PersonLock } from '../ordering/person-lock.js'
import type { FirmRateLimiter } from '../rate-limit/firm-rate-limiter.js'
import { syncEvent, type SyncOutcome } from '../sync/sync-event.js'
import { loadResolvedSettings } from '../team/load-settings.js'
import { delayJob } from './delay-job.js'
import { handleFailure } from './handle-failure.js'
import { withJitter, type JobTimings } from './job-timings.js'
import { waitForTurn } from './wait-for-turn.js'

/** Dependencies of the processor, one set per worker process. */
export interface ProcessorDeps {
  db: Executor
  queue: Queue
  clients: TeamClients
  tags: TagCache
  lock: PersonLock
  pending: PendingEvents
  limiter: FirmRateLimiter
  metrics: WorkerMetrics
  logger: Logger
  timings: JobTimings
}

/** Result a job completes with, kept by BullMQ as the job's return value. */
export type JobResult = SyncOutcome | { kind: 'ignored'; reason: string }

/** Turns a push job into the event it stands for: an addition that is synced whatever the trigger. */
function pushAsSync(job: Job, data: Extract<JobData, { kind: 'push' }>): SyncJob {
  const event: PlatformEvent = {
    id: data.requestId,
    type: 'person.added_to_campaign',
    occurredAt: new Date(job.timestamp).toISOString(),
    teamId: data.teamId,
    userId: data.userId,
    person: data.person,
    taggedFields: data.taggedFields,
  } as PlatformEvent
  return { kind: 'sync', teamId: data.teamId, userId: data.userId, eventId: data.requestId, event }
}

/**
 * Creates the BullMQ processor of sync, push and backfill (re-sync) jobs. For each job it waits
 * (delayed, never counted as a failed attempt) while the team's connection
 * needs reconnecting, while another job holds the person's lock, and while
 * an earlier event of the person is pending. It then applies the event. A
 * 429 delays the job by Retry-After, and rejected credentials mark the
 * connection and delay it. A permanent error fails the job at once, and a
 * transient one fails the attempt so that BullMQ retries it.
 */
export function createSyncProcessor(deps: ProcessorDeps) {
  return async (job: Job, token?: string): Promise<JobResult> => {
    const parsed = jobDataSchema.safeParse(job.data)
    if (!parsed.success) {
      deps.metrics.jobs.inc({ outcome: 'failed' })
      throw new UnrecoverableError(
        `Job ${job.id} has an invalid payload: ${parsed.error.issues[0]?.message ?? 'unknown'}.`,
      )
    }

    const data = parsed.data
    if (data.kind === 'backfill') return runResyncJob(deps, job, token, data)

    const syncJob = data.kind === 'push' ? pushAsSync(job, data) : data
    return runSyncJob(deps, job, token, syncJob, data.kind === 'push')
  }
}

/**
 * Re-syncs one linked person from the profile their latest sync recorded,
 * pushing it again with the team's current settings, and records the
 * outcome as a `backfill` activity entry.
 */
async function runResyncJob(
  deps: ProcessorDeps,
  job: Job,
  token: string | undefined,
  data: BackfillJob,
): Promise<JobResult> {
  const event = await lastSyncedEvent(deps.db, data, job.id!, new Date(job.timestamp))
  if (event === undefined) {
    await recordActivity(deps.db, {
      teamId: data.teamId,
      userId: data.userId,
      platformPersonId: data.platformPersonId,
      kind: 'backfill',
      reasons: ['no recorded profile to re-sync from'],
      details: { runId: data.runId ?? null, crmPersonId: data.crmPersonId, outcome: 'skipped' },
    })
    return { kind: 'ignored', reason: 'no recorded profile to re-sync from' }
  }

  const syncJob: SyncJob = {
    kind: 'sync',
    teamId: data.teamId,
    userId: data.userId,
    eventId: event.id,
    event,
  }
  const result = await runSyncJob(deps, job, token, syncJob, true)
  await recordActivity(deps.db, {
    teamId: data.teamId,
    userId: data.userId,
    platformPersonId: data.platformPersonId,
    kind: 'backfill',
    reasons: [`re-sync ${result.kind}`],
    details: { runId: data.runId ?? null, crmPersonId: data.crmPersonId, outcome: result.kind },
  })
  return result
}

async function runSyncJob(
  deps: ProcessorDeps,
  job: Job,
  token: string | undefined,
  data: SyncJob,
  forceSync: boolean,
): Promise<JobResult> {
  const jobId = job.id!
  const personId = data.event.person.id
  const logger = deps.logger.child({ jobId, teamId: data.teamId, personId, eventId: data.eventId })

  const crm = await deps.clients.forTeam(data.teamId)
  // NOTE: a team that never connected, or disconnected for good, keeps its jobs delayed until it connects.
  if (crm.status !== 'connected') {
    deps.metrics.jobs.inc({ outcome: 'waiting_for_reconnect' })
    // Debug level, because every waiting job logs this at each poll.
    logger.debug({ connection: crm.status }, 'CRM connection not usable, job waits')
    return delayJob(job, token, withJitter(deps.timings.reconnectPollMs))
  }

  const registeredAtMs = await deps.pending.add(data.teamId, personId, {
    jobId,
    occurredAtMs: Date.parse(data.event.occurredAt),
  })

  const held = await deps.lock.tryAcquire(data.teamId, personId)
  if (held === undefined) {
    deps.metrics.jobs.inc({ outcome: 'waiting_for_lock' })
    return delayJob(job, token, withJitter(deps.timings.lockRetryMs))
  }

  try {
    await waitForTurn(deps, job, token, data, registeredAtMs)
    logger.info({ attempt: job.attemptsMade + 1 }, 'job started')

    const settings = await loadResolvedSettings(deps.db, data.teamId, data.userId)
    const outcome = await syncEvent({
      db: deps.db,
      crm,
      tags: deps.tags,
      logger,
      jobId,
      pauseFirm: (waitMs) => deps.limiter.pause(crm.firm, waitMs),
      event: data.event,
      settings,
      matchChoice: data.matchChoice,
      forceSync,
      signal: held.lost,
    })

    await deps.pending.remove(data.teamId, personId, jobId)
    deps.metrics.jobs.inc({
      outcome: outcome.kind === 'needs_review' ? 'needs_review' : 'completed',
    })
    logger.info({ outcome: outcome.kind }, 'job finished')
    return outcome
  } catch (error) {
    if (error instanceof DelayedError) throw error
    return await handleFailure(deps, job, token, data, crm, error, logger)
  } finally {
    await held.release()
  }
}
