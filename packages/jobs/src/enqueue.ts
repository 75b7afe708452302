import type { PlatformEvent } from '@talent-sync/core'
import type { Queue } from 'bullmq'

import { syncJobId } from './job-ids.js'
import type { SyncJob } from './payloads.js'
import { DEFAULT_JOB_OPTIONS, JOB_NAMES } from './queues.js'

/** A queue that carries talent-sync jobs. */
export type JobQueue = Queue

/** One queued sync job. */
export interface QueuedEvent {
  eventId: string
  jobId: string
}

/**
 * Adds one sync job per event in one Redis round trip, each with the job id
 * from {@link syncJobId}. BullMQ ignores an add whose job id already exists,
 * so calling this twice with the same events queues each event once, as
 * long as the first job has not yet been removed from Redis.
 */
export async function enqueueEvents(
  queue: JobQueue,
  events: readonly PlatformEvent[],
): Promise<QueuedEvent[]> {
  if (events.length === 0) return []

  const jobs = events.map((event) => {
    const data: SyncJob = {
      kind: 'sync',
      teamId: event.teamId,
      userId: event.userId,
      eventId: event.id,
      event,
    }
    const jobId = syncJobId(event.teamId, event.id)
    return { name: JOB_NAMES.sync, data, opts: { ...DEFAULT_JOB_OPTIONS, jobId } }
  })

  await queue.addBulk(jobs)
  return jobs.map((job) => ({ eventId: job.data.eventId, jobId: job.opts.jobId }))
}
