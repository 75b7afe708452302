import { getSetting, setSetting, SETTING_KEYS, type SettingKey } from './keys.js'
import type { SettingsDocument } from './schema.js'
import type { TeamSettings, UserOverrides } from './team.js'

/** Where a resolved setting's value comes from. */
export type SettingSource = 'team' | 'override'

/** One setting as a member sees it: the team default, their override, the lock, the result. */
export interface EffectiveSetting {
  key: SettingKey
  teamValue: unknown
  overrideValue: unknown
  locked: boolean
  value: unknown
  source: SettingSource
}

/** The settings a job runs with, and where each value came from. */
export interface ResolvedSettings {
  settings: SettingsDocument
  sources: Record<SettingKey, SettingSource>
}

/**
 * Raised when a member's overrides touch settings the admin locked. Such an
 * override is an error rather than ignored, so nobody believes it applies.
 */
export class SettingsLockedError extends Error {
  readonly code = 'setting_locked'

  constructor(readonly keys: SettingKey[]) {
    super(`These settings are locked by an admin and cannot be overridden: ${keys.join(', ')}`)
    this.name = 'SettingsLockedError'
  }
}

/**
 * Lists the settings in `overrides` that `locks` forbids, in
 * {@link SETTING_KEYS} order; empty when the overrides are allowed.
 */
export function findLockedOverrides(
  locks: readonly SettingKey[],
  overrides: UserOverrides,
): SettingKey[] {
  return SETTING_KEYS.filter((key) => overrides[key] !== undefined && locks.includes(key))
}

/**
 * Resolves the settings of one user: the team defaults, then the user's
 * overrides of unlocked settings.
 *
 * @throws {SettingsLockedError} when an override touches a locked setting.
 */
export function resolveSettings(
  team: TeamSettings,
  overrides: UserOverrides = {},
): ResolvedSettings {
  const locked = findLockedOverrides(team.locks, overrides)
  if (locked.length > 0) throw new SettingsLockedError(locked)

  let settings = structuredClone(team.defaults)
  const sources = {} as Record<SettingKey, SettingSource>
  for (const key of SETTING_KEYS) {
    const value = overrides[key]
    sources[key] = value === undefined ? 'team' : 'override'
    if (value !== undefined) settings = setSetting(settings, key, value)
  }
  return { settings, sources }
}

/**
 * Lists every setting with its team value, the user's override, its lock
 * and the value that applies, for an "effective settings" view. Unlike
 * {@link resolveSettings} it does not throw: an override of a setting that
 * was locked later is shown with `source: 'team'`, because the lock wins.
 */
export function describeEffectiveSettings(
  team: TeamSettings,
  overrides: UserOverrides = {},
): EffectiveSetting[] {
  return SETTING_KEYS.map((key) => {
    const teamValue = getSetting(team.defaults, key)
    const overrideValue = overrides[key]
    const locked = team.locks.includes(key)
    const applies = overrideValue !== undefined && !locked
    return {
      key,
      teamValue,
      overrideValue,
      locked,
      value: applies ? overrideValue : teamValue,
      source: applies ? 'override' : 'team',
    }
  })
}
