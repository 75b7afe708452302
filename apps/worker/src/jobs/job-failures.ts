import {
  getConnection,
  recordActivity,
  setConnectionStatus,
  type Executor,
} from '@talent-sync/store'
import type { SyncJob } from '@talent-sync/jobs'

import { errorCode } from '../retry/failure-kind.js'

/** Describes an error in one line without secrets, for the activity feed and the journal. */
export function describeError(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  const code = errorCode(error)
  return code === undefined ? message : `${code}: ${message}`
}

/** Records a job that failed for good in the activity feed, with the reason. */
export async function recordFailure(db: Executor, job: SyncJob, error: unknown): Promise<void> {
  const fields = (error as { fields?: unknown }).fields
  await recordActivity(db, {
    teamId: job.teamId,
    userId: job.userId,
    platformPersonId: job.event.person.id,
    eventId: job.eventId,
    kind: 'failed',
    reasons: [describeError(error)],
    details: {
      code: errorCode(error) ?? 'unexpected_error',
      ...(Array.isArray(fields) ? { missingFields: fields } : {}),
      job,
    },
  })
}

/**
 * Marks the team's connection as needing a reconnect after the CRM rejected
 * its credentials, unless the connection changed since the rejected client
 * was built (someone re-activated it meanwhile, so the rejection is stale).
 * The stored error names what was rejected, never a value. Returns whether
 * the status changed.
 */
export async function markNeedsReconnect(
  db: Executor,
  teamId: string,
  clientBuiltFrom: Date,
  error: unknown,
): Promise<boolean> {
  const current = await getConnection(db, teamId)
  if (current === undefined || current.updatedAt.getTime() !== clientBuiltFrom.getTime())
    return false

  // NOTE: a re-activation between the read above and this write is overwritten; the window is one query long.
  await setConnectionStatus(db, teamId, 'needs_reconnect', describeError(error))
  return true
}
