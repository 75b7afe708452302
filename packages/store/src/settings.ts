import { and, desc, eq, lt } from 'drizzle-orm'

import type { Executor } from './database.js'
import type { TeamSettingsDocument } from './documents.js'
import { StoreError } from './errors.js'
import { createId } from './ids.js'
import { isUniqueViolation } from './postgres-errors.js'
import { settingsVersions } from './schema.js'

/** One saved version of a team's settings document. */
export interface SettingsVersion {
  id: string
  teamId: string
  /** 1 for the first version, then one more per save. */
  version: number
  document: TeamSettingsDocument
  authorUserId: string | null
  note: string | null
  createdAt: Date
}

/** Input of {@link saveSettings}. */
export interface SaveSettingsInput {
  document: TeamSettingsDocument
  authorUserId: string | null
  note?: string | null
  /**
   * The version the author edited (0 when the team has none). When set and
   * another save came first, throws `settings_version_conflict`.
   */
  expectedVersion?: number
}

/** Returns the team's latest settings version, or undefined when none was saved. */
export async function getCurrentSettings(
  db: Executor,
  teamId: string,
): Promise<SettingsVersion | undefined> {
  const [current] = await db
    .select()
    .from(settingsVersions)
    .where(eq(settingsVersions.teamId, teamId))
    .orderBy(desc(settingsVersions.version))
    .limit(1)
  return current
}

/** Returns one version of the team's settings, or undefined. */
export async function getSettingsVersion(
  db: Executor,
  teamId: string,
  version: number,
): Promise<SettingsVersion | undefined> {
  const [found] = await db
    .select()
    .from(settingsVersions)
    .where(and(eq(settingsVersions.teamId, teamId), eq(settingsVersions.version, version)))
  return found
}

/** Lists versions newest first, `limit` at a time, older than `beforeVersion` when given. */
export async function listSettingsVersions(
  db: Executor,
  teamId: string,
  options: { limit?: number; beforeVersion?: number } = {},
): Promise<SettingsVersion[]> {
  const filter =
    options.beforeVersion === undefined
      ? eq(settingsVersions.teamId, teamId)
      : and(
          eq(settingsVersions.teamId, teamId),
          lt(settingsVersions.version, options.beforeVersion),
        )

  return db
    .select()
    .from(settingsVersions)
    .where(filter)
    .orderBy(desc(settingsVersions.version))
    .limit(options.limit ?? 50)
}

/**
 * Saves a new version of the team's settings document. Two concurrent saves
 * never get the same number: the loser of the race gets
 * `settings_version_conflict`, as does a save whose `expectedVersion` is stale.
 */
export async function saveSettings(
  db: Executor,
  teamId: string,
  input: SaveSettingsInput,
): Promise<SettingsVersion> {
  const currentVersion = (await getCurrentSettings(db, teamId))?.version ?? 0
  if (input.expectedVersion !== undefined && input.expectedVersion !== currentVersion) {
    throw conflictError(teamId, input.expectedVersion, currentVersion)
  }

  try {
    const [saved] = await db
      .insert(settingsVersions)
      .values({
        id: createId('set'),
        teamId,
        version: currentVersion + 1,
        document: input.document,
        authorUserId: input.authorUserId,
        note: input.note ?? null,
      })
      .returning()
    return saved!
  } catch (error) {
    if (isUniqueViolation(error, 'settings_versions_team_id_version_key')) {
      throw conflictError(teamId, currentVersion, currentVersion + 1)
    }
    throw error
  }
}

/**
 * Saves the document of an earlier version as a new version noted
 * "rollback to version N". Throws `settings_version_not_found` when the team
 * has no such version.
 */
export async function rollbackSettings(
  db: Executor,
  teamId: string,
  input: { toVersion: number; authorUserId: string | null; expectedVersion?: number },
): Promise<SettingsVersion> {
  const target = await getSettingsVersion(db, teamId, input.toVersion)
  if (target === undefined) {
    throw new StoreError(
      'settings_version_not_found',
      `Team ${teamId} has no settings version ${input.toVersion}.`,
    )
  }

  return saveSettings(db, teamId, {
    document: target.document,
    authorUserId: input.authorUserId,
    note: `rollback to version ${input.toVersion}`,
    ...(input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion }),
  })
}

function conflictError(teamId: string, expected: number, actual: number): StoreError {
  return new StoreError(
    'settings_version_conflict',
    `The settings of team ${teamId} changed: expected version ${expected}, found ${actual}. ` +
      'Reload the settings and apply the change again.',
  )
}
