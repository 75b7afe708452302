import {
  diffTeamSettings,
  findLockedOverrides,
  type FieldDefinition,
  type TeamSettings,
  type UserOverrides,
} from '@talent-sync/core'
import { saveSettings, setUserOverrides } from '@talent-sync/store'

import type { AppDeps } from '../deps.js'
import type { Principal } from '../env.js'
import { ApiError } from '../errors.js'
import { loadTeamSettings } from './load-settings.js'
import { validateDefaults, validateOverrides } from './validate-settings.js'

/** A settings change as `PUT /v1/settings` receives it, after schema validation. */
export interface SettingsChange {
  defaults?: TeamSettings['defaults'] | undefined
  locks?: TeamSettings['locks'] | undefined
  overrides?: UserOverrides | undefined
  /** The version the caller edited; a save over a newer version is a conflict. */
  expectedVersion?: number | undefined
}

/**
 * Applies a settings change for one caller. Admins may change the team
 * defaults and locks; anyone may change their own overrides of unlocked
 * settings. Everything is checked before anything is written, and both
 * writes share one transaction, so a rejected change writes nothing.
 */
export async function updateSettings(
  deps: AppDeps,
  principal: Principal,
  change: SettingsChange,
  catalogue: readonly FieldDefinition[],
): Promise<void> {
  const current = await loadTeamSettings(deps.db, principal.teamId)
  const next: TeamSettings = {
    defaults: change.defaults ?? current.team.defaults,
    locks: change.locks ?? current.team.locks,
  }
  const teamChanged = diffTeamSettings(current.team, next).length > 0

  if (teamChanged && principal.role !== 'admin') {
    throw new ApiError(
      'forbidden',
      'Only team admins can change team defaults or locks; send your overrides instead.',
    )
  }
  if (teamChanged) {
    const issues = validateDefaults(next, catalogue)
    if (issues.length > 0)
      throw new ApiError('invalid_settings', 'The settings have invalid fields.', {
        errors: issues,
      })
  }

  if (change.overrides) {
    const locked = findLockedOverrides(next.locks, change.overrides)
    if (locked.length > 0) {
      throw new ApiError(
        'setting_locked',
        `These settings are locked by an admin: ${locked.join(', ')}.`,
        {
          errors: locked.map((key) => ({
            path: `overrides.${key}`,
            message: 'is locked by an admin',
          })),
        },
      )
    }
    const issues = validateOverrides(next, change.overrides, catalogue)
    if (issues.length > 0)
      throw new ApiError('invalid_settings', 'The overrides have invalid fields.', {
        errors: issues,
      })
  }

  await deps.db.transaction(async (tx) => {
    if (teamChanged) {
      await saveSettings(tx, principal.teamId, {
        document: next,
        authorUserId: principal.userId,
        expectedVersion: change.expectedVersion ?? current.version,
      })
    }
    if (change.overrides)
      await setUserOverrides(tx, principal.teamId, principal.userId, change.overrides)
  })
}
