import { deepEqual, type FieldDefinition, type SettingChange } from '@talent-sync/core'

import { formatSettingValue } from './formatSetting.js'
import { SETTING_META, SOCIAL_KIND_LABELS, VARIABLE_LABELS } from './settingMeta.js'

type Catalogue = readonly Pick<FieldDefinition, 'key' | 'label'>[]

/** One line of a readable diff: what changed, from what, to what (`before` null for a lock). */
export interface ChangeLine {
  label: string
  before: string | null
  after: string
}

const MAPPING_KEYS = new Set([
  'fieldMapping.stringVariables',
  'fieldMapping.listVariables',
  'fieldMapping.socialUrls',
])

/**
 * Turns one settings change into lines for people. A field mapping
 * change lists only the variables whose target changed, one line each,
 * instead of the whole mapping twice.
 */
export function describeChange(change: SettingChange, catalogue: Catalogue = []): ChangeLine[] {
  const label = SETTING_META[change.key]?.label ?? change.key

  if (change.kind === 'lock') {
    return [{ label, before: null, after: change.after ? 'Locked for members' : 'Unlocked' }]
  }
  if (!MAPPING_KEYS.has(change.key)) {
    return [
      {
        label,
        before: formatSettingValue(change.key, change.before, catalogue),
        after: formatSettingValue(change.key, change.after, catalogue),
      },
    ]
  }

  const before = (change.before ?? {}) as Record<string, unknown>
  const after = (change.after ?? {}) as Record<string, unknown>
  const names = [...new Set([...Object.keys(before), ...Object.keys(after)])]
  return names
    .filter((name) => !deepEqual(before[name], after[name]))
    .map((name) => ({
      label: `${label}, ${sourceLabel(name)}`,
      before: formatTargets(before[name], catalogue),
      after: formatTargets(after[name], catalogue),
    }))
}

function sourceLabel(name: string): string {
  return (
    VARIABLE_LABELS[name] ?? SOCIAL_KIND_LABELS[name as keyof typeof SOCIAL_KIND_LABELS] ?? name
  )
}

function formatTargets(target: unknown, catalogue: Catalogue): string {
  const keys =
    target === null || target === undefined ? [] : Array.isArray(target) ? target : [target]
  if (keys.length === 0) return 'not mapped'
  return keys
    .map((key) => catalogue.find((field) => field.key === key)?.label ?? String(key))
    .join(' + ')
}
