import { and, desc, eq } from 'drizzle-orm'

import { createRandomToken, hashToken } from './crypto.js'
import type { Executor } from './database.js'
import { createId } from './ids.js'
import { apiTokens, users } from './schema.js'
import { userColumns, type User } from './users.js'

/** Prefix of extension bearer tokens, so a leaked one is recognizable. */
export const API_TOKEN_PREFIX = 'tsk_'

/** A stored bearer token, without the token itself (only its hash is stored). */
export interface ApiToken {
  id: string
  teamId: string
  userId: string
  name: string
  lastUsedAt: Date | null
  createdAt: Date
}

const tokenColumns = {
  id: apiTokens.id,
  teamId: apiTokens.teamId,
  userId: apiTokens.userId,
  name: apiTokens.name,
  lastUsedAt: apiTokens.lastUsedAt,
  createdAt: apiTokens.createdAt,
}

/**
 * Creates a bearer token for the browser extension. The plain `token` is
 * returned this once; only its SHA-256 is stored.
 */
export async function createApiToken(
  db: Executor,
  input: { teamId: string; userId: string; name: string },
): Promise<{ token: string; apiToken: ApiToken }> {
  const token = `${API_TOKEN_PREFIX}${createRandomToken(32)}`

  const [apiToken] = await db
    .insert(apiTokens)
    .values({
      id: createId('tok'),
      teamId: input.teamId,
      userId: input.userId,
      name: input.name,
      tokenHash: hashToken(token),
    })
    .returning(tokenColumns)

  return { token, apiToken: apiToken! }
}

/**
 * Returns the token record and its user for a bearer token, or undefined,
 * and records `now` as its last use. Like session lookup, this is keyed by
 * the token alone; the returned `teamId` scopes what follows.
 */
export async function authenticateApiToken(
  db: Executor,
  token: string,
  now: Date = new Date(),
): Promise<{ apiToken: ApiToken; user: User } | undefined> {
  const [apiToken] = await db
    .update(apiTokens)
    .set({ lastUsedAt: now })
    .where(eq(apiTokens.tokenHash, hashToken(token)))
    .returning(tokenColumns)

  if (apiToken === undefined) {
    return undefined
  }

  const [user] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.teamId, apiToken.teamId), eq(users.id, apiToken.userId)))

  return user === undefined ? undefined : { apiToken, user }
}

/** Lists a team's tokens, newest first; only one user's when `userId` is given. */
export async function listApiTokens(
  db: Executor,
  teamId: string,
  userId?: string,
): Promise<ApiToken[]> {
  const filter =
    userId === undefined
      ? eq(apiTokens.teamId, teamId)
      : and(eq(apiTokens.teamId, teamId), eq(apiTokens.userId, userId))

  return db
    .select(tokenColumns)
    .from(apiTokens)
    .where(filter)
    .orderBy(desc(apiTokens.createdAt), desc(apiTokens.id))
}

/** Deletes a token of this team. Returns false when it is not in this team. */
export async function revokeApiToken(
  db: Executor,
  teamId: string,
  tokenId: string,
): Promise<boolean> {
  const deleted = await db
    .delete(apiTokens)
    .where(and(eq(apiTokens.teamId, teamId), eq(apiTokens.id, tokenId)))
    .returning({ id: apiTokens.id })
  return deleted.length > 0
}
