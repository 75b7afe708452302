import { recordActivity, tables, type Executor } from '@talent-sync/store'
import { eq } from 'drizzle-orm'

import type { JobQueue } from './enqueue.js'
import { backfillJobId } from './job-ids.js'
import type { BackfillJob } from './payloads.js'
import { DEFAULT_JOB_OPTIONS, JOB_NAMES } from './queues.js'

/** A team-wide re-sync that {@link enqueueTeamResync} queued. */
export interface TeamResync {
  /** Id of the `backfill` activity entry of the run; each job's own entry carries it as `details.runId`. */
  runId: string
  /** Number of jobs queued, one per linked person. */
  queued: number
}

/**
 * Queues one backfill job per person the team has synced, each of which
 * re-syncs that person with the team's current settings (after a mapping
 * change, say). Records a `backfill` activity entry with the number of
 * people queued. Each job then records its own entry with the run's id, so
 * the feed shows the progress.
 */
export async function enqueueTeamResync(
  queue: JobQueue,
  db: Executor,
  teamId: string,
  userId: string,
): Promise<TeamResync> {
  const links = await db
    .select({
      platformPersonId: tables.personLinks.platformPersonId,
      crmPersonId: tables.personLinks.crmPersonId,
    })
    .from(tables.personLinks)
    .where(eq(tables.personLinks.teamId, teamId))

  const run = await recordActivity(db, {
    teamId,
    userId,
    kind: 'backfill',
    reasons: [`re-sync of ${links.length} linked people queued`],
    details: { total: links.length },
  })

  const jobs = links.map((link) => {
    const data: BackfillJob = { kind: 'backfill', teamId, userId, runId: run.id, ...link }
    return {
      name: JOB_NAMES.backfill,
      data,
      // A later re-sync of the same person must run again, so the id carries the run's id.
      opts: {
        ...DEFAULT_JOB_OPTIONS,
        jobId: `${backfillJobId(teamId, link.platformPersonId)}-${run.id}`,
      },
    }
  })
  if (jobs.length > 0) await queue.addBulk(jobs)
  return { runId: run.id, queued: jobs.length }
}
