import { personSchema, taggedFieldsSchema, type PlatformEvent } from '@talent-sync/core'
import {
  backfillJobId,
  DEFAULT_JOB_OPTIONS,
  JOB_NAMES,
  type BackfillJob,
  type JobQueue,
} from '@talent-sync/jobs'
import { listActivity, recordActivity, tables, type Executor } from '@talent-sync/store'
import { eq } from 'drizzle-orm'

/**
 * Queues one backfill job per person the team has synced, each of which
 * re-syncs that person with the team's current settings (after a mapping
 * change, say). Records a `backfill` activity entry with the number of
 * people queued; each job then records its own entry, so the feed shows
 * the progress. Returns the number of jobs queued.
 */
export async function enqueueTeamResync(
  queue: JobQueue,
  db: Executor,
  teamId: string,
  userId: string,
): Promise<number> {
  const links = await db
    .select({
      platformPersonId: tables.personLinks.platformPersonId,
      crmPersonId: tables.personLinks.crmPersonId,
    })
    .from(tables.personLinks)
    .where(eq(tables.personLinks.teamId, teamId))

  await recordActivity(db, {
    teamId,
    userId,
    kind: 'backfill',
    reasons: [`re-sync of ${links.length} linked people queued`],
    details: { total: links.length },
  })

  const jobs = links.map((link) => {
    const data: BackfillJob = { kind: 'backfill', teamId, userId, ...link }
    return {
      name: JOB_NAMES.backfill,
      data,
      // A later re-sync of the same person must run again, so the id carries the time it was queued.
      opts: {
        ...DEFAULT_JOB_OPTIONS,
        jobId: `${backfillJobId(teamId, link.platformPersonId)}-${Date.now()}`,
      },
    }
  })
  if (jobs.length > 0) await queue.addBulk(jobs)
  return jobs.length
}

/**
 * Rebuilds the event a re-sync applies: the person and tagged fields that
 * the person's latest sync recorded in the activity feed. Returns undefined
 * when no sync of the person recorded them.
 */
export async function lastSyncedEvent(
  db: Executor,
  job: BackfillJob,
  jobId: string,
  now: Date,
): Promise<PlatformEvent | undefined> {
  const page = await listActivity(db, job.teamId, {
    kinds: ['synced'],
    platformPersonId: job.platformPersonId,
    limit: 1,
  })
  const details = page.items[0]?.details

  const person = personSchema.safeParse(details?.person)
  if (!person.success) return undefined
  const taggedFields = taggedFieldsSchema.safeParse(details?.taggedFields ?? {})

  return {
    id: `resync-${jobId}`,
    type: 'person.added_to_campaign',
    occurredAt: now.toISOString(),
    teamId: job.teamId,
    userId: job.userId,
    person: person.data,
    taggedFields: taggedFields.success ? taggedFields.data : {},
  } as PlatformEvent
}
