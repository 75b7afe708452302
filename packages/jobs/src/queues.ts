/**
 * Name of the BullMQ queue that carries every talent-sync job. One queue
 * keeps a team's sync, push and backfill jobs in one ordered stream; the
 * job name tells them apart.
 */
export const SYNC_QUEUE_NAME = 'talent-sync'

/** Names of the jobs on {@link SYNC_QUEUE_NAME}, one per job kind. */
export const JOB_NAMES = {
  /** Applies one platform event to the CRM. */
  sync: 'sync',
  /** Pushes one person that a recruiter sent by hand. */
  push: 'push',
  /** Re-syncs one person the team already synced, with the current settings. */
  backfill: 'backfill',
} as const

/** One of the values of {@link JOB_NAMES}. */
export type JobName = (typeof JOB_NAMES)[keyof typeof JOB_NAMES]

/**
 * Options every job is added with: a few retries with exponential backoff,
 * and finished jobs trimmed so Redis does not grow without bound. Failed
 * jobs are kept longer, because the activity feed retries them.
 */
export const DEFAULT_JOB_OPTIONS = {
  attempts: 5,
  backoff: { type: 'exponential', delay: 2_000 },
  removeOnComplete: { age: 24 * 3600, count: 10_000 },
  removeOnFail: { age: 30 * 24 * 3600 },
} as const
