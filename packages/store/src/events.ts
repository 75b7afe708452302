import { and, eq, inArray } from 'drizzle-orm'

import type { Executor } from './database.js'
import { processedEvents } from './schema.js'

/**
 * Records an event id for the team unless it is there already. Returns true
 * when this call recorded it, so exactly one of several concurrent callers
 * with the same id gets true.
 */
export async function markEventProcessed(
  db: Executor,
  teamId: string,
  eventId: string,
): Promise<boolean> {
  const inserted = await db
    .insert(processedEvents)
    .values({ teamId, eventId })
    .onConflictDoNothing()
    .returning({ eventId: processedEvents.eventId })
  return inserted.length > 0
}

/**
 * Records a batch of event ids in one statement and returns the ids that
 * were new. Repeated ids in the batch count once.
 */
export async function markEventsProcessed(
  db: Executor,
  teamId: string,
  eventIds: string[],
): Promise<Set<string>> {
  const uniqueIds = [...new Set(eventIds)]
  if (uniqueIds.length === 0) {
    return new Set()
  }

  const inserted = await db
    .insert(processedEvents)
    .values(uniqueIds.map((eventId) => ({ teamId, eventId })))
    .onConflictDoNothing()
    .returning({ eventId: processedEvents.eventId })
  return new Set(inserted.map((row) => row.eventId))
}

/** Returns which of the given event ids the team has recorded. */
export async function findProcessedEvents(
  db: Executor,
  teamId: string,
  eventIds: string[],
): Promise<Set<string>> {
  if (eventIds.length === 0) {
    return new Set()
  }

  const rows = await db
    .select({ eventId: processedEvents.eventId })
    .from(processedEvents)
    .where(and(eq(processedEvents.teamId, teamId), inArray(processedEvents.eventId, eventIds)))
  return new Set(rows.map((row) => row.eventId))
}

/**
 * Removes recorded event ids, for when queueing them failed after they were
 * recorded, so a redelivery is accepted again. Returns how many were removed.
 */
export async function unmarkEventsProcessed(
  db: Executor,
  teamId: string,
  eventIds: string[],
): Promise<number> {
  if (eventIds.length === 0) {
    return 0
  }

  const deleted = await db
    .delete(processedEvents)
    .where(and(eq(processedEvents.teamId, teamId), inArray(processedEvents.eventId, eventIds)))
    .returning({ eventId: processedEvents.eventId })
  return deleted.length
}
