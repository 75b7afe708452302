import type { FieldDefinition, SettingKey } from '@talent-sync/core'

import {
  COMPANY_INFO_LABELS,
  COMPANY_WARNING_LABELS,
  OUTREACH_TYPE_LABELS,
  SOCIAL_KIND_LABELS,
  SYNC_TRIGGER_LABELS,
  VARIABLE_LABELS,
} from './settingMeta.js'

type Catalogue = readonly Pick<FieldDefinition, 'key' | 'label'>[]

/**
 * Formats a setting's value as a short sentence for people, such as
 * "On", "E-mail sent, Reply received" or "First name → First name".
 * `undefined` reads as "—", which the effective view uses for "no override".
 */
export function formatSettingValue(
  key: SettingKey,
  value: unknown,
  catalogue: Catalogue = [],
): string {
  if (value === undefined) return '—'
  if (typeof value === 'boolean') return value ? 'On' : 'Off'

  const fieldLabel = (fieldKey: string) =>
    catalogue.find((field) => field.key === fieldKey)?.label ?? fieldKey

  switch (key) {
    case 'general.createNotesUpon':
      return listOf(
        value,
        (item) => OUTREACH_TYPE_LABELS[item as keyof typeof OUTREACH_TYPE_LABELS],
      )
    case 'general.displayedCompanyInfo':
      return listOf(value, (item) => COMPANY_INFO_LABELS[item])
    case 'general.companyWarning':
      return formatCompanyWarning(value)
    case 'sync.syncOn':
      return SYNC_TRIGGER_LABELS[value as keyof typeof SYNC_TRIGGER_LABELS] ?? String(value)
    case 'fieldMapping.stringVariables':
    case 'fieldMapping.listVariables':
      return formatMapping(value, (name) => VARIABLE_LABELS[name] ?? name, fieldLabel)
    case 'fieldMapping.socialUrls':
      return formatMapping(
        value,
        (name) => SOCIAL_KIND_LABELS[name as keyof typeof SOCIAL_KIND_LABELS] ?? name,
        fieldLabel,
      )
    default:
      return Array.isArray(value) ? listOf(value, fieldLabel) : String(value)
  }
}

function listOf(value: unknown, label: (item: string) => string | undefined): string {
  if (!Array.isArray(value)) return String(value)
  if (value.length === 0) return 'None'
  return value.map((item) => label(String(item)) ?? String(item)).join(', ')
}

function formatCompanyWarning(value: unknown): string {
  const warning = value as { mode?: string; threshold?: number }
  const mode = COMPANY_WARNING_LABELS[warning.mode ?? ''] ?? String(warning.mode)
  return warning.mode === 'similar'
    ? `${mode} (${Math.round((warning.threshold ?? 0) * 100)}%)`
    : mode
}

function formatMapping(
  value: unknown,
  sourceLabel: (name: string) => string,
  fieldLabel: (key: string) => string,
): string {
  const entries = Object.entries((value ?? {}) as Record<string, string | string[] | null>)
  if (entries.length === 0) return 'None'

  return entries
    .map(([source, target]) => {
      const targets = target === null ? [] : Array.isArray(target) ? target : [target]
      const written = targets.length === 0 ? 'not mapped' : targets.map(fieldLabel).join(' + ')
      return `${sourceLabel(source)} → ${written}`
    })
    .join('; ')
}
