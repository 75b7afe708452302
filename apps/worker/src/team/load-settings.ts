import {
  findLockedOverrides,
  resolveSettings,
  teamSettingsSchema,
  userOverridesSchema,
  defaultTeamSettings,
  type SettingsDocument,
  type UserOverrides,
} from '@talent-sync/core'
import { getCurrentSettings, getUserOverrides, type Executor } from '@talent-sync/store'

/** Error raised when a stored settings document fails validation. */
export class InvalidSettingsError extends Error {
  /** Stable code of this error. */
  readonly code = 'invalid_settings'

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options)
    this.name = 'InvalidSettingsError'
  }
}

/**
 * Loads the settings a job of `userId` runs with: the team's latest saved
 * defaults (the built-in defaults when the team saved none), then the
 * user's overrides of settings the admin left unlocked. An override of a
 * setting that was locked after it was saved is ignored, because the lock
 * wins. Throws `invalid_settings` when a stored document fails validation.
 */
export async function loadResolvedSettings(
  db: Executor,
  teamId: string,
  userId: string,
): Promise<SettingsDocument> {
  const [current, stored] = await Promise.all([
    getCurrentSettings(db, teamId),
    getUserOverrides(db, teamId, userId),
  ])

  let teamSettings = defaultTeamSettings()
  if (current !== undefined) {
    const parsed = teamSettingsSchema.safeParse(current.document)
    if (!parsed.success) {
      const reason = parsed.error.issues[0]?.message ?? 'unknown reason'
      throw new InvalidSettingsError(
        `Settings version ${current.version} of team ${teamId} are invalid: ${reason}.`,
        {
          cause: parsed.error,
        },
      )
    }
    teamSettings = parsed.data
  }

  const overrides = userOverridesSchema.safeParse(stored?.overrides ?? {})
  if (!overrides.success) {
    throw new InvalidSettingsError(
      `The setting overrides of user ${userId} in team ${teamId} are invalid.`,
      {
        cause: overrides.error,
      },
    )
  }

  const allowed: UserOverrides = { ...overrides.data }
  for (const key of findLockedOverrides(teamSettings.locks, allowed)) delete allowed[key]

  return resolveSettings(teamSettings, allowed).settings
}
