import {
  SETTING_KEYS,
  resolveSettings,
  validateFieldMapping,
  validateSyncFieldLists,
  type FieldDefinition,
  type FieldIssue,
  type SettingsDocument,
  type TeamSettings,
  type UserOverrides,
} from '@talent-sync/core'

/**
 * Checks a settings document against the firm's field catalogue: the field
 * mapping and the displayed, mandatory, protected and filterable lists.
 * Paths are relative to the document, such as `sync.mandatoryFields.2`.
 */
export function validateDocument(
  document: SettingsDocument,
  catalogue: readonly FieldDefinition[],
): FieldIssue[] {
  return [
    ...validateSyncFieldLists(document.sync, catalogue),
    ...validateFieldMapping(document.fieldMapping, catalogue),
  ]
}

/** Checks new team defaults; paths start with `defaults.`. */
export function validateDefaults(
  team: TeamSettings,
  catalogue: readonly FieldDefinition[],
): FieldIssue[] {
  return validateDocument(team.defaults, catalogue).map((issue) => ({
    ...issue,
    path: `defaults.${issue.path}`,
  }))
}

/**
 * Checks a user's overrides by validating the settings they resolve to.
 * Each issue is reported under the override that caused it, such as
 * `overrides.sync.mandatoryFields.0`. Issues of settings the user did not
 * override belong to the team, so they are left out.
 */
export function validateOverrides(
  team: TeamSettings,
  overrides: UserOverrides,
  catalogue: readonly FieldDefinition[],
): FieldIssue[] {
  const { settings } = resolveSettings(team, overrides)
  const overridden = SETTING_KEYS.filter((key) => overrides[key] !== undefined)

  return validateDocument(settings, catalogue).flatMap((issue) => {
    const key = overridden.find(
      (candidate) => issue.path === candidate || issue.path.startsWith(`${candidate}.`),
    )
    return key ? [{ ...issue, path: `overrides.${key}${issue.path.slice(key.length)}` }] : []
  })
}
