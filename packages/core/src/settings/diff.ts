import { getSetting, SETTING_KEYS, type SettingKey } from './keys.js'
import type { TeamSettings } from './team.js'

/** One difference between two versions of a team's settings. */
export type SettingChange =
  | { kind: 'value'; key: SettingKey; before: unknown; after: unknown }
  | { kind: 'lock'; key: SettingKey; before: boolean; after: boolean }

/**
 * Lists what changed from one version of a team's settings to another, in
 * {@link SETTING_KEYS} order: changed values first, then changed locks. Two
 * versions are equal when the list is empty. List settings compare in
 * order, because the order of a list is part of the setting.
 */
export function diffTeamSettings(before: TeamSettings, after: TeamSettings): SettingChange[] {
  const values: SettingChange[] = []
  const locks: SettingChange[] = []

  for (const key of SETTING_KEYS) {
    const oldValue = getSetting(before.defaults, key)
    const newValue = getSetting(after.defaults, key)
    if (!deepEqual(oldValue, newValue)) {
      values.push({ kind: 'value', key, before: oldValue, after: newValue })
    }

    const wasLocked = before.locks.includes(key)
    const isLocked = after.locks.includes(key)
    if (wasLocked !== isLocked)
      locks.push({ kind: 'lock', key, before: wasLocked, after: isLocked })
  }

  return [...values, ...locks]
}

/**
 * Compares two JSON-like values structurally. Object key order does not
 * matter; array order does.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false

  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, index) => deepEqual(item, b[index]))
  }

  const recordA = a as Record<string, unknown>
  const recordB = b as Record<string, unknown>
  const keysA = Object.keys(recordA).filter((key) => recordA[key] !== undefined)
  const keysB = Object.keys(recordB).filter((key) => recordB[key] !== undefined)
  if (keysA.length !== keysB.length) return false
  return keysA.every((key) => deepEqual(recordA[key], recordB[key]))
}
