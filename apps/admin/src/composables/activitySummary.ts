import type { ActivityEntry } from '../api/types.js'

/** Syncs and failures of one calendar day (UTC). */
export interface DailyCount {
  /** The day as `YYYY-MM-DD`. */
  date: string
  synced: number
  failed: number
}

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * Counts syncs and failures per UTC day for the `days` days that end with
 * `today`, oldest first. Days without entries count zero, so the chart
 * keeps a steady time axis.
 */
export function countPerDay(
  entries: readonly ActivityEntry[],
  days: number,
  today: Date,
): DailyCount[] {
  const end = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate())
  const counts = new Map<string, DailyCount>()
  for (let offset = days - 1; offset >= 0; offset -= 1) {
    const date = new Date(end - offset * DAY_MS).toISOString().slice(0, 10)
    counts.set(date, { date, synced: 0, failed: 0 })
  }

  for (const entry of entries) {
    const day = counts.get(entry.createdAt.slice(0, 10))
    if (!day) continue
    if (entry.kind === 'synced') day.synced += 1
    if (entry.kind === 'failed') day.failed += 1
  }
  return [...counts.values()]
}

/** Notes written at first sync so far, and notes still waiting for a person's first sync. */
export interface BackfillProgress {
  written: number
  waiting: number
}

/**
 * Sums the backfill: notes that first syncs wrote (`backfilledNotes` of
 * `synced` entries) and notes kept for a later first sync (open `skipped`
 * entries that hold a `deferredNote`).
 */
export function measureBackfill(entries: readonly ActivityEntry[]): BackfillProgress {
  let written = 0
  let waiting = 0
  for (const entry of entries) {
    const backfilled = entry.details.backfilledNotes
    if (entry.kind === 'synced' && typeof backfilled === 'number') written += backfilled
    if (entry.kind === 'skipped' && entry.status === 'open' && entry.details.deferredNote) {
      waiting += 1
    }
  }
  return { written, waiting }
}

interface PersonLike {
  firstName?: unknown
  lastName?: unknown
}

/**
 * Names the person an entry is about: from the person the worker stored
 * with a sync, from a failed job's event, else the platform person id.
 */
export function personOf(entry: ActivityEntry): string {
  const details = entry.details as {
    person?: PersonLike
    job?: { event?: { person?: PersonLike } }
  }
  const person = details.person ?? details.job?.event?.person
  const name = [person?.firstName, person?.lastName]
    .filter((part): part is string => typeof part === 'string' && part.length > 0)
    .join(' ')
  return name || entry.platformPersonId || 'Unknown person'
}
