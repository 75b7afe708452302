import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'

import { api } from '../api/instance.js'
import type { RollbackResult, SettingsVersionInfo } from '../api/types.js'

const PAGE_SIZE = 20

/** Store of the team's settings versions, newest first, and rollback. */
export const useHistoryStore = defineStore('history', () => {
  const versions = shallowRef<SettingsVersionInfo[]>([])
  const nextBefore = ref<number | null>(null)
  const loading = ref(false)

  const latestVersion = computed(() => versions.value[0]?.version ?? 0)

  /** Loads the newest page of versions. */
  async function load(): Promise<void> {
    loading.value = true
    try {
      const page = await api.getSettingsHistory({ limit: PAGE_SIZE })
      versions.value = page.versions
      nextBefore.value = page.nextBefore
    } finally {
      loading.value = false
    }
  }

  /** Appends the next page of older versions. */
  async function loadMore(): Promise<void> {
    if (nextBefore.value === null) return
    loading.value = true
    try {
      const page = await api.getSettingsHistory({ before: nextBefore.value, limit: PAGE_SIZE })
      versions.value = [...versions.value, ...page.versions]
      nextBefore.value = page.nextBefore
    } finally {
      loading.value = false
    }
  }

  /**
   * Saves an earlier version as the newest one, then reloads the history.
   * The rollback names the newest version shown, so it fails instead of
   * undoing a change someone saved in the meantime.
   */
  async function rollback(version: number): Promise<RollbackResult> {
    const result = await api.rollbackSettings(version, latestVersion.value)
    await load()
    return result
  }

  return { versions, nextBefore, loading, latestVersion, load, loadMore, rollback }
})
