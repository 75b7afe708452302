import type { OutreachType } from '../schemas/event.js'
import type { SettingsDocument } from '../settings/schema.js'

/** A note that was deferred until the person's first sync. */
export interface DeferredNote {
  eventId: string
  /** ISO 8601 timestamp of the event. */
  occurredAt: string
  outreachType: OutreachType
  /** Whether the note already went to a matching CRM person that existed before. */
  alreadyWrittenToExisting: boolean
}

/**
 * Selects the deferred notes to write at a person's first sync, oldest
 * first (ties by event id) and each event once. Nothing is selected when
 * `sync.backfillNotesOnFirstSync` is off. A note already written to a
 * matching existing CRM person is left out, and so is an outreach type no
 * longer in `general.createNotesUpon`.
 */
export function selectBackfillNotes<T extends DeferredNote>(
  deferred: readonly T[],
  settings: SettingsDocument,
): T[] {
  if (!settings.sync.backfillNotesOnFirstSync) return []

  const seen = new Set<string>()
  const selected: T[] = []
  for (const note of deferred) {
    if (seen.has(note.eventId)) continue
    seen.add(note.eventId)

    if (note.alreadyWrittenToExisting) continue
    if (!settings.general.createNotesUpon.includes(note.outreachType)) continue
    selected.push(note)
  }

  return selected.sort(compareOldestFirst)
}

function compareOldestFirst(a: DeferredNote, b: DeferredNote): number {
  const byTime = Date.parse(a.occurredAt) - Date.parse(b.occurredAt)
  if (byTime !== 0 && !Number.isNaN(byTime)) return byTime
  if (a.eventId === b.eventId) return 0
  return a.eventId < b.eventId ? -1 : 1
}
