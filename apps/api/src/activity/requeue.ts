import {
  DEFAULT_JOB_OPTIONS,
  jobDataSchema,
  type JobData,
  type MatchChoice,
} from '@talent-sync/jobs'
import { setActivityStatus, type ActivityEntry } from '@talent-sync/store'

import type { AppDeps } from '../deps.js'
import { ApiError } from '../errors.js'

/** Reads the job an activity entry stored for a retry, or undefined when it has none or it no longer parses. */
export function readStoredJob(entry: ActivityEntry): JobData | undefined {
  const parsed = jobDataSchema.safeParse(entry.details.job)
  return parsed.success ? parsed.data : undefined
}

/**
 * Queues an entry's stored job again and marks the entry resolved. The job
 * id is derived from the entry, so two clicks on "retry" queue one job.
 * A review decision is passed to the worker as `matchChoice`.
 */
export async function requeueActivity(
  deps: AppDeps,
  entry: ActivityEntry,
  purpose: 'retry' | 'review',
  matchChoice?: MatchChoice,
): Promise<string> {
  const job = readStoredJob(entry)
  if (!job) {
    throw new ApiError(
      'job_not_retryable',
      'This activity entry has no job that can be queued again.',
    )
  }

  const data: JobData = job.kind === 'sync' && matchChoice ? { ...job, matchChoice } : job
  const jobId = `${purpose}-${entry.id}`
  await deps.queue.add(data.kind, data, { ...DEFAULT_JOB_OPTIONS, jobId })
  await setActivityStatus(deps.db, entry.teamId, entry.id, 'resolved')
  return jobId
}
