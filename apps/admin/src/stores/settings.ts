import {
  deepEqual,
  getSetting,
  setSetting,
  validateFieldMapping,
  validateSyncFieldLists,
  type FieldIssue,
  type SettingKey,
  type SettingsDocument,
  type UserOverrides,
} from '@talent-sync/core'
import { defineStore } from 'pinia'
import { computed, ref, shallowRef, toRaw } from 'vue'

import { ApiError } from '../api/errors.js'
import { api } from '../api/instance.js'
import type { SettingsInfo } from '../api/types.js'
import { useSessionStore } from './session.js'

/**
 * Store of the settings screen: the saved settings, and a draft that an
 * admin edits as team defaults and locks, or a member as their overrides.
 */
export const useSettingsStore = defineStore('settings', () => {
  const session = useSessionStore()

  const saved = shallowRef<SettingsInfo | null>(null)
  const defaults = ref<SettingsDocument | null>(null)
  const locks = ref<SettingKey[]>([])
  const overrides = ref<UserOverrides>({})
  const saveError = shallowRef<ApiError | null>(null)
  const saving = ref(false)

  const catalogue = computed(() => saved.value?.catalogue ?? [])
  const canEditTeam = computed(() => session.isAdmin)

  const dirty = computed(() => {
    const current = saved.value
    if (!current || !defaults.value) return false
    if (canEditTeam.value) {
      return !deepEqual(current.defaults, defaults.value) || !deepEqual(current.locks, locks.value)
    }
    return !deepEqual(current.overrides, overrides.value)
  })

  /** Issues found in the draft before saving, with the same paths the API uses. */
  const localIssues = computed<FieldIssue[]>(() => {
    const document = effectiveDraft()
    if (!document || catalogue.value.length === 0) return []
    return [
      ...validateSyncFieldLists(document.sync, catalogue.value),
      ...validateFieldMapping(document.fieldMapping, catalogue.value),
    ]
  })

  function adopt(info: SettingsInfo): void {
    saved.value = info
    defaults.value = structuredClone(info.defaults)
    locks.value = [...info.locks]
    overrides.value = structuredClone(info.overrides)
  }

  // The document a job would run with for this user if the draft were saved.
  function effectiveDraft(): SettingsDocument | null {
    if (!defaults.value) return null
    let document = defaults.value
    if (canEditTeam.value) return document
    for (const [key, value] of Object.entries(overrides.value)) {
      if (value !== undefined) document = setSetting(document, key as SettingKey, value)
    }
    return document
  }

  /** Loads the saved settings and starts a fresh draft. */
  async function load(): Promise<void> {
    adopt(await api.getSettings())
    saveError.value = null
  }

  /** Checks whether an admin locked a setting (in the draft, for admins). */
  function isLocked(key: SettingKey): boolean {
    return locks.value.includes(key)
  }

  /** Checks whether the user may change a setting's value. */
  function canEdit(key: SettingKey): boolean {
    return canEditTeam.value || !saved.value?.locks.includes(key)
  }

  /** Returns the value the draft holds for this user: an override, else the team default. */
  function valueOf(key: SettingKey): unknown {
    if (!canEditTeam.value && overrides.value[key] !== undefined && canEdit(key)) {
      return overrides.value[key]
    }
    return defaults.value ? getSetting(defaults.value, key) : undefined
  }

  /** Checks whether the member's draft overrides a setting. */
  function isOverridden(key: SettingKey): boolean {
    return !canEditTeam.value && overrides.value[key] !== undefined
  }

  /** Changes a setting in the draft: a team default for admins, an override for members. */
  function setValue(key: SettingKey, value: unknown): void {
    if (!defaults.value || !canEdit(key)) return
    // Values built from the draft hold Vue proxies, which structuredClone rejects. Settings are
    // plain JSON, so a JSON round trip copies them safely.
    const plain: unknown = JSON.parse(JSON.stringify(value))
    if (canEditTeam.value) {
      defaults.value = setSetting(toRaw(defaults.value), key, plain)
      return
    }
    overrides.value = { ...overrides.value, [key]: plain }
  }

  /** Drops the member's override of a setting, so the team default applies again. */
  function clearOverride(key: SettingKey): void {
    const next = { ...overrides.value }
    delete next[key]
    overrides.value = next
  }

  /** Locks or unlocks a setting in the draft (admins only). */
  function setLocked(key: SettingKey, locked: boolean): void {
    if (!canEditTeam.value) return
    const others = locks.value.filter((candidate) => candidate !== key)
    locks.value = locked ? [...others, key] : others
  }

  /** Drops every unsaved change. */
  function discard(): void {
    if (saved.value) adopt(saved.value)
    saveError.value = null
  }

  /**
   * Saves the draft: team defaults and locks for admins, overrides for
   * members. On failure the draft stays and `saveError` names the fields.
   */
  async function save(): Promise<boolean> {
    if (!defaults.value) return false
    saving.value = true
    saveError.value = null
    try {
      const info = canEditTeam.value
        ? await api.saveTeamSettings({
            defaults: defaults.value,
            locks: locks.value,
            expectedVersion: saved.value?.version,
          })
        : await api.saveOverrides(overrides.value)
      adopt(info)
      return true
    } catch (error) {
      saveError.value =
        error instanceof ApiError
          ? error
          : new ApiError('internal_error', 'The settings could not be saved. Try again.')
      return false
    } finally {
      saving.value = false
    }
  }

  /** Lists the messages about a path from the last save and from the draft's own checks. */
  function issuesAt(path: string): string[] {
    // The API may report a field under the body's `defaults.` or `overrides.` prefix.
    const fromServer = ['', 'defaults.', 'overrides.'].flatMap(
      (prefix) => saveError.value?.issuesAt(`${prefix}${path}`) ?? [],
    )
    const fromDraft = localIssues.value
      .filter((issue) => issue.path === path || issue.path.startsWith(`${path}.`))
      .map((issue) => issue.message)
    return [...new Set([...fromServer, ...fromDraft])]
  }

  return {
    saved,
    defaults,
    locks,
    overrides,
    saveError,
    saving,
    catalogue,
    canEditTeam,
    dirty,
    localIssues,
    load,
    isLocked,
    canEdit,
    valueOf,
    isOverridden,
    setValue,
    clearOverride,
    setLocked,
    discard,
    save,
    issuesAt,
  }
})
