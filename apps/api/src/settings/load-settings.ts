import {
  defaultTeamSettings,
  describeEffectiveSettings,
  resolveSettings,
  teamSettingsSchema,
  userOverridesSchema,
  type EffectiveSetting,
  type SettingsDocument,
  type TeamSettings,
  type UserOverrides,
} from '@talent-sync/core'
import { getCurrentSettings, getUserOverrides, type Executor } from '@talent-sync/store'

/** A team's current settings and their version; version 0 means never saved. */
export interface CurrentTeamSettings {
  version: number
  team: TeamSettings
}

/** One user's view of the settings. */
export interface UserSettings extends CurrentTeamSettings {
  /** The user's stored overrides, including any an admin has since locked. */
  overrides: UserOverrides
  /** The settings jobs of this user run with: team defaults, then unlocked overrides. */
  resolved: SettingsDocument
  effective: EffectiveSetting[]
}

/**
 * Loads the team's latest settings version. Stored documents are parsed
 * again, so settings added after a version was saved get their defaults.
 */
export async function loadTeamSettings(db: Executor, teamId: string): Promise<CurrentTeamSettings> {
  const current = await getCurrentSettings(db, teamId)
  if (!current) return { version: 0, team: defaultTeamSettings() }
  return { version: current.version, team: teamSettingsSchema.parse(current.document) }
}

/**
 * Returns the overrides that still apply: a lock added after a member
 * overrode a setting wins over the override.
 */
export function withoutLockedOverrides(
  team: TeamSettings,
  overrides: UserOverrides,
): UserOverrides {
  return Object.fromEntries(
    Object.entries(overrides).filter(([key]) => !team.locks.includes(key as never)),
  ) as UserOverrides
}

/** Loads the team settings, the user's overrides and the settings that result. */
export async function loadUserSettings(
  db: Executor,
  teamId: string,
  userId: string,
): Promise<UserSettings> {
  const [current, stored] = await Promise.all([
    loadTeamSettings(db, teamId),
    getUserOverrides(db, teamId, userId),
  ])

  // Overrides of a setting that no longer exists or no longer parses are dropped, not fatal.
  const parsed = userOverridesSchema.safeParse(stored?.overrides ?? {})
  const overrides = parsed.success ? parsed.data : {}
  const { settings } = resolveSettings(
    current.team,
    withoutLockedOverrides(current.team, overrides),
  )

  return {
    ...current,
    overrides,
    resolved: settings,
    effective: describeEffectiveSettings(current.team, overrides),
  }
}
