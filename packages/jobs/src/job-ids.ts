import { createHash, randomUUID } from 'node:crypto'

/**
 * Hashes parts into a hex digest. The parts are joined with a NUL byte,
 * which ids never contain, so ("a-b", "c") and ("a", "b-c") differ.
 */
function digest(parts: readonly string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex').slice(0, 40)
}

/**
 * Returns the BullMQ job id of the sync job for one event. It is derived
 * from the team id and the event id alone, so a redelivered event maps to
 * the same job and BullMQ adds it once while that job exists. The id never
 * contains `:`, which BullMQ reserves in custom job ids.
 */
export function syncJobId(teamId: string, eventId: string): string {
  return `sync-${digest([teamId, eventId])}`
}

/**
 * Returns the base of a backfill job id: one per team and platform person.
 * A re-sync that must run again after an earlier one appends its own suffix.
 */
export function backfillJobId(teamId: string, platformPersonId: string): string {
  return `backfill-${digest([teamId, platformPersonId])}`
}

/**
 * Returns a new job id for a push job. Each push is a deliberate request by
 * a recruiter, so every push gets its own job.
 */
export function createPushJobId(): string {
  return `push-${randomUUID()}`
}
