import { and, eq } from 'drizzle-orm'

import type { Executor } from './database.js'
import type { UserSettingsOverrides } from './documents.js'
import { userSettingsOverrides } from './schema.js'

/** A user's overrides of the settings their team left unlocked. */
export interface UserOverrides {
  teamId: string
  userId: string
  overrides: UserSettingsOverrides
  updatedAt: Date
}

/** Returns the user's overrides, or undefined when they have none. */
export async function getUserOverrides(
  db: Executor,
  teamId: string,
  userId: string,
): Promise<UserOverrides | undefined> {
  const [found] = await db
    .select()
    .from(userSettingsOverrides)
    .where(and(eq(userSettingsOverrides.teamId, teamId), eq(userSettingsOverrides.userId, userId)))
  return found
}

/** Creates or replaces the user's overrides document. */
export async function setUserOverrides(
  db: Executor,
  teamId: string,
  userId: string,
  overrides: UserSettingsOverrides,
): Promise<UserOverrides> {
  const updatedAt = new Date()
  const [saved] = await db
    .insert(userSettingsOverrides)
    .values({ teamId, userId, overrides, updatedAt })
    .onConflictDoUpdate({
      target: [userSettingsOverrides.teamId, userSettingsOverrides.userId],
      set: { overrides, updatedAt },
    })
    .returning()
  return saved!
}

/** Deletes the user's overrides. Returns false when they had none. */
export async function deleteUserOverrides(
  db: Executor,
  teamId: string,
  userId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(userSettingsOverrides)
    .where(and(eq(userSettingsOverrides.teamId, teamId), eq(userSettingsOverrides.userId, userId)))
    .returning({ userId: userSettingsOverrides.userId })
  return deleted.length > 0
}
