import {
  buildFieldCatalogue,
  defaultSettings,
  describeEffectiveSettings,
  type SettingKey,
  type SettingsDocument,
  type UserOverrides,
} from '@talent-sync/core'

import type { SettingsInfo } from '../api/types.js'

/** Builds a `GET /v1/settings` response body from core's defaults, with a fictional firm's tags. */
export function settingsInfo(
  options: {
    version?: number
    defaults?: SettingsDocument
    locks?: SettingKey[]
    overrides?: UserOverrides
  } = {},
): SettingsInfo {
  const defaults = options.defaults ?? defaultSettings()
  const locks = options.locks ?? []
  const overrides = options.overrides ?? {}
  return {
    version: options.version ?? 1,
    defaults,
    locks,
    overrides,
    effective: describeEffectiveSettings({ defaults, locks }, overrides),
    catalogue: buildFieldCatalogue({ tags: ['Board', 'Tech'], statuses: ['Placed'] }),
  }
}

/** Builds the signed-in session of a fictional team, as an admin or a member. */
export function sessionOf(role: 'admin' | 'member') {
  return {
    user: { id: `user_${role}`, email: `${role}@example.test`, name: null, role },
    team: { id: 'team_1', name: 'Fictional Search' },
    csrfToken: `csrf-${role}`,
  }
}
