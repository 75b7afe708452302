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
 * Seconds that a claim on an activity entry lasts. It only has to outlive
 * the time between the claim and the status change to `resolved`, which
 * later requests see instead.
 */
const CLAIM_SECONDS = 60

/**
 * Claims an entry in Redis so that of two requests on one open entry, which
 * both read it as open, only the first queues its job.
 */
async function claimEntry(deps: AppDeps, entry: ActivityEntry): Promise<boolean> {
  const key = `${deps.config.redisKeyPrefix}activity-claim:${entry.id}`
  return (await deps.redis.set(key, '1', 'EX', CLAIM_SECONDS, 'NX')) === 'OK'
}

async function releaseEntry(deps: AppDeps, entry: ActivityEntry): Promise<void> {
  await deps.redis.del(`${deps.config.redisKeyPrefix}activity-claim:${entry.id}`)
}

/**
 * Queues an entry's stored job again and marks the entry resolved. The job
 * id is derived from the entry, and a Redis claim on the entry rejects a
 * second request on it with `activity_not_open`, so two clicks on "retry"
 * queue one job. A review decision is passed to the worker as `matchChoice`.
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

  if (!(await claimEntry(deps, entry))) {
    throw new ApiError('activity_not_open', 'The activity entry is already being handled.')
  }

  const data: JobData = job.kind === 'sync' && matchChoice ? { ...job, matchChoice } : job
  const jobId = `${purpose}-${entry.id}`
  try {
    await deps.queue.add(data.kind, data, { ...DEFAULT_JOB_OPTIONS, jobId })
    await setActivityStatus(deps.db, entry.teamId, entry.id, 'resolved')
  } catch (error) {
    // Releases the claim so that a later request can try again.
    await releaseEntry(deps, entry)
    throw error
  }
  return jobId
}
