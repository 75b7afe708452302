import { and, eq } from 'drizzle-orm'

import type { Executor } from './database.js'
import { personLinks } from './schema.js'

/** Link from a platform person to the CRM person it was synced to. */
export interface PersonLink {
  teamId: string
  platformPersonId: string
  crmPersonId: string
  createdAt: Date
  /** When the person was last written to the CRM. */
  syncedAt: Date
}

/** Returns the link of a platform person, or undefined when it was never synced. */
export async function getPersonLink(
  db: Executor,
  teamId: string,
  platformPersonId: string,
): Promise<PersonLink | undefined> {
  const [link] = await db
    .select()
    .from(personLinks)
    .where(and(eq(personLinks.teamId, teamId), eq(personLinks.platformPersonId, platformPersonId)))
  return link
}

/** Lists the links that point at one CRM person (several platform people may merge into one). */
export async function findLinksByCrmPersonId(
  db: Executor,
  teamId: string,
  crmPersonId: string,
): Promise<PersonLink[]> {
  return db
    .select()
    .from(personLinks)
    .where(and(eq(personLinks.teamId, teamId), eq(personLinks.crmPersonId, crmPersonId)))
}

/**
 * Links a platform person to a CRM person unless a link exists. Returns the
 * stored link and whether this call created it. When `created` is false, the
 * stored `crmPersonId` may differ from the one given, and the stored one wins.
 */
export async function createPersonLink(
  db: Executor,
  input: { teamId: string; platformPersonId: string; crmPersonId: string; syncedAt?: Date },
): Promise<{ link: PersonLink; created: boolean }> {
  const [inserted] = await db
    .insert(personLinks)
    .values({ ...input, syncedAt: input.syncedAt ?? new Date() })
    .onConflictDoNothing()
    .returning()

  if (inserted !== undefined) {
    return { link: inserted, created: true }
  }

  const existing = await getPersonLink(db, input.teamId, input.platformPersonId)
  return { link: existing!, created: false }
}

/** Records a new sync time on a link. Returns false when the link does not exist. */
export async function markPersonSynced(
  db: Executor,
  teamId: string,
  platformPersonId: string,
  syncedAt: Date = new Date(),
): Promise<boolean> {
  const updated = await db
    .update(personLinks)
    .set({ syncedAt })
    .where(and(eq(personLinks.teamId, teamId), eq(personLinks.platformPersonId, platformPersonId)))
    .returning({ platformPersonId: personLinks.platformPersonId })
  return updated.length > 0
}

/** Deletes a link, for example when the CRM person was deleted. Returns false when there was none. */
export async function deletePersonLink(
  db: Executor,
  teamId: string,
  platformPersonId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(personLinks)
    .where(and(eq(personLinks.teamId, teamId), eq(personLinks.platformPersonId, platformPersonId)))
    .returning({ platformPersonId: personLinks.platformPersonId })
  return deleted.length > 0
}
