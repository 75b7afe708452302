import { personSchema, taggedFieldsSchema, type PlatformEvent } from '@talent-sync/core'
import type { BackfillJob } from '@talent-sync/jobs'
import { listActivity, type Executor } from '@talent-sync/store'

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
