import { defineStore } from 'pinia'
import { ref, shallowRef } from 'vue'

import { api } from '../api/instance.js'
import type { SyncPreview } from '../api/types.js'
import { personOf } from '../composables/activitySummary.js'

/** A person the team synced lately, offered as a preview input. */
export interface RecentPerson {
  id: string
  name: string
  person: Record<string, unknown>
}

/** Store of the preview screen: recent people and the last plan. */
export const usePreviewStore = defineStore('preview', () => {
  const recentPeople = shallowRef<RecentPerson[]>([])
  const result = shallowRef<SyncPreview | null>(null)
  const running = ref(false)

  /** Loads people from recent syncs, newest first, each once. */
  async function loadRecentPeople(): Promise<void> {
    const page = await api.listActivity({ kind: 'synced', limit: 50 })
    const seen = new Set<string>()
    const people: RecentPerson[] = []
    for (const entry of page.items) {
      const person = entry.details.person as Record<string, unknown> | undefined
      const id = typeof person?.id === 'string' ? person.id : undefined
      if (!person || !id || seen.has(id)) continue
      seen.add(id)
      people.push({ id, name: personOf(entry), person })
    }
    recentPeople.value = people
  }

  /** Asks the API for the plan of one person; the previous plan is cleared first. */
  async function run(person: unknown): Promise<void> {
    running.value = true
    result.value = null
    try {
      result.value = await api.preview(person)
    } finally {
      running.value = false
    }
  }

  return { recentPeople, result, running, loadRecentPeople, run }
})
