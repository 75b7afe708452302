import { and, desc, eq, inArray, lt, type SQL } from 'drizzle-orm'

import type { Executor } from './database.js'
import type { ActivityDetails } from './documents.js'
import { StoreError } from './errors.js'
import { createId } from './ids.js'
import { activity } from './schema.js'

/** Kind of outcome an activity entry records. */
export type ActivityKind =
  'synced' | 'note_written' | 'failed' | 'needs_review' | 'skipped' | 'backfill'

/** `ok` for a finished outcome, `open` for a failure or review waiting on someone, `resolved` after. */
export type ActivityStatus = 'ok' | 'open' | 'resolved'

/** One entry of the sync activity feed. */
export interface ActivityEntry {
  id: string
  /** Insertion order within the whole table; newer entries have larger values. */
  sequence: number
  teamId: string
  userId: string | null
  platformPersonId: string | null
  eventId: string | null
  kind: ActivityKind
  /** Reasons for the outcome, such as the match reasons or the missing fields. */
  reasons: string[]
  status: ActivityStatus
  details: ActivityDetails
  createdAt: Date
}

/** Input of {@link recordActivity}. */
export interface NewActivity {
  teamId: string
  kind: ActivityKind
  userId?: string | null
  platformPersonId?: string | null
  eventId?: string | null
  reasons?: string[]
  /** Defaults to `open` for `failed` and `needs_review`, else `ok`. */
  status?: ActivityStatus
  details?: ActivityDetails
}

/** Filters and page of {@link listActivity}. */
export interface ActivityQuery {
  kinds?: ActivityKind[]
  status?: ActivityStatus
  platformPersonId?: string
  userId?: string
  /** Page size, 1 to 200; default 50. */
  limit?: number
  /** `nextCursor` of the previous page. */
  cursor?: string
}

/** One page of activity, newest first; `nextCursor` is undefined on the last page. */
export interface ActivityPage {
  items: ActivityEntry[]
  nextCursor: string | undefined
}

const MAX_PAGE_SIZE = 200

/** Appends an entry to the team's activity feed. */
export async function recordActivity(db: Executor, input: NewActivity): Promise<ActivityEntry> {
  const needsAttention = input.kind === 'failed' || input.kind === 'needs_review'

  const [entry] = await db
    .insert(activity)
    .values({
      id: createId('act'),
      teamId: input.teamId,
      userId: input.userId ?? null,
      platformPersonId: input.platformPersonId ?? null,
      eventId: input.eventId ?? null,
      kind: input.kind,
      reasons: input.reasons ?? [],
      status: input.status ?? (needsAttention ? 'open' : 'ok'),
      details: input.details ?? {},
    })
    .returning()

  return entry!
}

/**
 * Lists the team's activity newest first, with optional filters. Paging uses
 * the `sequence` column, so entries added between two pages neither repeat
 * nor go missing.
 */
export async function listActivity(
  db: Executor,
  teamId: string,
  query: ActivityQuery = {},
): Promise<ActivityPage> {
  const limit = Math.min(Math.max(Math.trunc(query.limit ?? 50), 1), MAX_PAGE_SIZE)
  const conditions: SQL[] = [eq(activity.teamId, teamId)]

  if (query.kinds !== undefined && query.kinds.length > 0) {
    conditions.push(inArray(activity.kind, query.kinds))
  }
  if (query.status !== undefined) {
    conditions.push(eq(activity.status, query.status))
  }
  if (query.platformPersonId !== undefined) {
    conditions.push(eq(activity.platformPersonId, query.platformPersonId))
  }
  if (query.userId !== undefined) {
    conditions.push(eq(activity.userId, query.userId))
  }
  if (query.cursor !== undefined) {
    conditions.push(lt(activity.sequence, decodeCursor(query.cursor)))
  }

  const rows = await db
    .select()
    .from(activity)
    .where(and(...conditions))
    .orderBy(desc(activity.sequence))
    .limit(limit + 1)

  const items = rows.slice(0, limit)
  const hasMore = rows.length > limit
  return { items, nextCursor: hasMore ? String(items.at(-1)!.sequence) : undefined }
}

/** Returns one entry of the team's activity, or undefined. */
export async function getActivity(
  db: Executor,
  teamId: string,
  id: string,
): Promise<ActivityEntry | undefined> {
  const [entry] = await db
    .select()
    .from(activity)
    .where(and(eq(activity.teamId, teamId), eq(activity.id, id)))
  return entry
}

/** Sets an entry's status, for example `resolved` after a retry. Returns undefined when not in this team. */
export async function setActivityStatus(
  db: Executor,
  teamId: string,
  id: string,
  status: ActivityStatus,
): Promise<ActivityEntry | undefined> {
  const [entry] = await db
    .update(activity)
    .set({ status })
    .where(and(eq(activity.teamId, teamId), eq(activity.id, id)))
    .returning()
  return entry
}

function decodeCursor(cursor: string): number {
  const sequence = Number(cursor)
  if (!/^\d+$/.test(cursor) || !Number.isSafeInteger(sequence)) {
    throw new StoreError(
      'invalid_cursor',
      `Invalid activity cursor "${cursor}": expected the nextCursor of a previous page.`,
    )
  }
  return sequence
}
