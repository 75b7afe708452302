import type { DeferredNote, NoteInput, OutreachType, PlatformEvent } from '@talent-sync/core'
import { listActivity, recordActivity, setActivityStatus, type Executor } from '@talent-sync/store'

/** A note kept until the person's first sync, with what is needed to build it then. */
export interface StoredDeferredNote extends DeferredNote {
  /** Id of the activity entry that keeps the note. */
  activityId: string
  noteInput: NoteInput
}

/** Returns the facts of an event that its CRM note is built from. */
export function noteInputOf(event: PlatformEvent): NoteInput {
  return {
    eventType: event.type,
    occurredAt: event.occurredAt,
    teamId: event.teamId,
    personId: event.person.id,
    eventId: event.id,
    campaignName: event.campaign?.name ?? null,
    outreach: event.outreach ?? null,
  }
}

/**
 * Keeps an event's note until the person's first sync, as an open `skipped`
 * activity entry whose details hold the note's facts. Keeping the same
 * event twice (a retried job) is harmless, because the backfill selects
 * each event once.
 */
// NOTE: deferred notes show in the activity feed as open `skipped` entries until a store table of their own exists.
export async function deferNote(
  db: Executor,
  input: { event: PlatformEvent; outreachType: OutreachType; reason: string },
): Promise<void> {
  const { event } = input
  const deferredNote = {
    eventId: event.id,
    occurredAt: event.occurredAt,
    outreachType: input.outreachType,
    alreadyWrittenToExisting: false,
    noteInput: noteInputOf(event),
  }

  await recordActivity(db, {
    teamId: event.teamId,
    userId: event.userId,
    platformPersonId: event.person.id,
    eventId: event.id,
    kind: 'skipped',
    status: 'open',
    reasons: [input.reason],
    details: { deferredNote },
  })
}

function isDeferredNote(value: unknown): value is Omit<StoredDeferredNote, 'activityId'> {
  if (typeof value !== 'object' || value === null) return false
  const note = value as Record<string, unknown>
  return (
    typeof note.eventId === 'string' &&
    typeof note.occurredAt === 'string' &&
    typeof note.noteInput === 'object'
  )
}

/** Lists a person's notes still waiting for the first sync. */
export async function listDeferredNotes(
  db: Executor,
  teamId: string,
  platformPersonId: string,
): Promise<StoredDeferredNote[]> {
  const notes: StoredDeferredNote[] = []
  let cursor: string | undefined

  do {
    const page = await listActivity(db, teamId, {
      kinds: ['skipped'],
      status: 'open',
      platformPersonId,
      limit: 200,
      ...(cursor === undefined ? {} : { cursor }),
    })
    for (const entry of page.items) {
      const stored = entry.details.deferredNote
      if (isDeferredNote(stored)) notes.push({ ...stored, activityId: entry.id })
    }
    cursor = page.nextCursor
  } while (cursor !== undefined)

  return notes
}

/** Marks deferred notes as handled, once written (or no longer wanted) at the first sync. */
export async function resolveDeferredNotes(
  db: Executor,
  teamId: string,
  notes: readonly StoredDeferredNote[],
): Promise<void> {
  for (const note of notes) await setActivityStatus(db, teamId, note.activityId, 'resolved')
}
