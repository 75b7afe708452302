import type { FieldIssue, PlatformEvent } from '@talent-sync/core'
import { enqueueEvents } from '@talent-sync/jobs'
import { findProcessedEvents, listUsers, markEventsProcessed } from '@talent-sync/store'

import type { AppDeps } from '../deps.js'
import { ApiError } from '../errors.js'

/** Outcome of accepting a delivery's events. */
export interface AcceptedEvents {
  /** Every distinct event id of the delivery, in order. */
  accepted: string[]
  /** Ids accepted before (or twice in this delivery), which were not queued again. */
  duplicates: string[]
}

/**
 * Queues the events of one team's delivery, each at most once. Events
 * already recorded as processed are skipped. The rest are queued with
 * stable job ids and then recorded. Queuing comes first, so a crash in
 * between leads to a redelivery that is queued again under the same job id,
 * which BullMQ ignores while the first job is still in Redis, rather than to
 * an event recorded but never queued.
 */
export async function acceptEvents(
  deps: AppDeps,
  teamId: string,
  events: readonly PlatformEvent[],
  isBatch: boolean,
): Promise<AcceptedEvents> {
  const distinct = new Map<string, PlatformEvent>()
  for (const event of events) if (!distinct.has(event.id)) distinct.set(event.id, event)
  const ids = [...distinct.keys()]

  // Both reads are independent, so they share one round trip time.
  const [users, processed] = await Promise.all([
    listUsers(deps.db, teamId),
    findProcessedEvents(deps.db, teamId, ids),
  ])
  checkUsers(new Set(users.map((user) => user.id)), events, isBatch)

  const fresh = [...distinct.values()].filter((event) => !processed.has(event.id))
  await enqueueEvents(deps.queue, fresh)
  await markEventsProcessed(
    deps.db,
    teamId,
    fresh.map((event) => event.id),
  )

  const seen = new Set<string>()
  const duplicates = new Set<string>()
  for (const event of events) {
    if (processed.has(event.id) || seen.has(event.id)) duplicates.add(event.id)
    seen.add(event.id)
  }
  return { accepted: ids, duplicates: [...duplicates] }
}

/** Rejects events whose `userId` is not a user of the team, since no job could run for them. */
function checkUsers(
  userIds: Set<string>,
  events: readonly PlatformEvent[],
  isBatch: boolean,
): void {
  const errors: FieldIssue[] = []

  events.forEach((event, index) => {
    if (!userIds.has(event.userId)) {
      const path = isBatch ? `events.${index}.userId` : 'userId'
      errors.push({ path, message: 'is not a user of this team' })
    }
  })

  if (errors.length > 0) {
    throw new ApiError('invalid_event', 'The delivery names users that are not in the team.', {
      errors,
    })
  }
}
