import type { SettingKey } from '@talent-sync/core'
import { computed, type WritableComputedRef } from 'vue'

import { useSettingsStore } from '../../stores/settings.js'

/**
 * Binds one setting of the settings draft to `v-model`: reads the value
 * the user sees and writes a team default (admins) or an override (members).
 */
export function useSettingModel<T>(key: SettingKey): WritableComputedRef<T> {
  const settings = useSettingsStore()
  return computed({
    get: () => settings.valueOf(key) as T,
    set: (value: T) => settings.setValue(key, value),
  })
}
