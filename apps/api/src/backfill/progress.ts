import { listActivity, type ActivityEntry, type Executor } from '@talent-sync/store'

/** Entries read per page while counting the jobs of a run. */
const PAGE_SIZE = 200

/** Progress of the team's latest re-sync, read from its `backfill` activity entries. */
export interface BackfillProgress {
  runId: string
  startedAt: string
  /** People queued for the run. */
  total: number
  /** Jobs of the run that finished, with any outcome. */
  done: number
  /** Finished jobs by outcome, such as `synced`, `needs_review` or `skipped`. */
  outcomes: Record<string, number>
}

function isRunEntry(entry: ActivityEntry): boolean {
  return entry.platformPersonId === null && typeof entry.details.total === 'number'
}

/**
 * Reads the progress of the team's latest re-sync: the run entry that
 * queued it, and the entries its jobs recorded since, which carry the run's
 * id. Returns undefined when the team never started one.
 */
export async function readBackfillProgress(
  db: Executor,
  teamId: string,
): Promise<BackfillProgress | undefined> {
  const outcomes: Record<string, number> = {}
  let cursor: string | undefined
  const pending: ActivityEntry[] = []

  // Entries come newest first, so the jobs' entries of the latest run come before its run entry.
  for (;;) {
    const page = await listActivity(db, teamId, {
      kinds: ['backfill'],
      limit: PAGE_SIZE,
      ...(cursor === undefined ? {} : { cursor }),
    })
    const run = page.items.find(isRunEntry)
    pending.push(...page.items)

    if (run !== undefined) {
      for (const entry of pending) {
        if (entry.details.runId !== run.id) continue
        const outcome = String(entry.details.outcome ?? 'unknown')
        outcomes[outcome] = (outcomes[outcome] ?? 0) + 1
      }
      return {
        runId: run.id,
        startedAt: run.createdAt.toISOString(),
        total: run.details.total as number,
        done: Object.values(outcomes).reduce((sum, count) => sum + count, 0),
        outcomes,
      }
    }

    if (page.nextCursor === undefined) return undefined
    cursor = page.nextCursor
  }
}
