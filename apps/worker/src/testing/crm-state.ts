import { findNoteKey } from '@talent-sync/core'
import type { FirmStore, NoteRecord, PersonRecord } from '@talent-sync/clockwork-sandbox'

import type { Harness } from './harness.js'

/** Returns the sandbox records of the harness's firm. */
export function firmStore(harness: Harness): FirmStore {
  const store = harness.sandbox.sandbox.state.firm(harness.firm.name)
  if (store === undefined) throw new Error(`The sandbox has no firm ${harness.firm.name}.`)
  return store
}

/** Lists every person of the firm, in creation order. */
export function crmPeople(harness: Harness): PersonRecord[] {
  return [...firmStore(harness).people.values()]
}

/** Lists the idempotency keys of one person's notes, in the order they were written. */
export function noteKeysOf(harness: Harness, personId: string): (string | null)[] {
  const notes: NoteRecord[] = [...firmStore(harness).notes.values()].filter(
    (note) => note.personId === personId,
  )
  return notes.map((note) => findNoteKey(note.content))
}

/** Counts API calls the sandbox received for the harness's firm, by route. */
export function crmCallCount(harness: Harness): {
  total: number
  byRoute: Record<string, number>
  byStatus: Record<string, number>
} {
  return (
    harness.sandbox.sandbox.stats.snapshot()[harness.firm.name] ?? {
      total: 0,
      byRoute: {},
      byStatus: {},
    }
  )
}
