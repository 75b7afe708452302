import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

import { api } from '../api/instance.js'
import type { ActivityEntry, ActivityKind, ReviewDecision } from '../api/types.js'

const PAGE_SIZE = 100

/** Store of the sync activity: recent entries, open failures and the needs-review queue. */
export const useActivityStore = defineStore('activity', () => {
  const recent = shallowRef<ActivityEntry[]>([])
  const nextCursor = ref<string | null>(null)
  const failures = shallowRef<ActivityEntry[]>([])
  const reviews = shallowRef<ActivityEntry[]>([])
  const kind = ref<ActivityKind | undefined>(undefined)

  /** Loads the newest entries (of the chosen kind), the open failures and the open reviews. */
  async function load(): Promise<void> {
    const [page, failed, review] = await Promise.all([
      api.listActivity({ kind: kind.value, limit: PAGE_SIZE }),
      api.listActivity({ kind: 'failed', status: 'open', limit: PAGE_SIZE }),
      api.listActivity({ kind: 'needs_review', status: 'open', limit: PAGE_SIZE }),
    ])
    recent.value = page.items
    nextCursor.value = page.nextCursor ?? null
    failures.value = failed.items
    reviews.value = review.items
  }

  /** Appends the next page of older entries. */
  async function loadMore(): Promise<void> {
    if (nextCursor.value === null) return
    const page = await api.listActivity({
      kind: kind.value,
      cursor: nextCursor.value,
      limit: PAGE_SIZE,
    })
    recent.value = [...recent.value, ...page.items]
    nextCursor.value = page.nextCursor ?? null
  }

  /** Queues a failed job again and reloads the lists. */
  async function retry(id: string): Promise<void> {
    await api.retryActivity(id)
    await load()
  }

  /** Records a reviewer's decision and reloads the lists. */
  async function decide(id: string, decision: ReviewDecision, crmPersonId?: string): Promise<void> {
    await api.decideReview(id, decision, crmPersonId)
    await load()
  }

  return { recent, nextCursor, failures, reviews, kind, load, loadMore, retry, decide }
})
