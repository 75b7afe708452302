import { and, eq, gt, lte } from 'drizzle-orm'

import { createRandomToken, hashToken } from './crypto.js'
import type { Executor } from './database.js'
import { createId } from './ids.js'
import { sessions, users } from './schema.js'
import { userColumns, type User } from './users.js'

/** A stored session, without its token (only the token's hash is stored). */
export interface Session {
  id: string
  teamId: string
  userId: string
  csrfToken: string
  expiresAt: Date
  createdAt: Date
}

/** Result of {@link createSession}. The `token` goes in the cookie and is not stored. */
export interface CreatedSession {
  token: string
  session: Session
}

/** Input of {@link createSession}. */
export interface NewSession {
  teamId: string
  userId: string
  /** Lifetime in milliseconds. */
  ttlMs: number
  /** Current time; defaults to the clock. */
  now?: Date
}

const sessionColumns = {
  id: sessions.id,
  teamId: sessions.teamId,
  userId: sessions.userId,
  csrfToken: sessions.csrfToken,
  expiresAt: sessions.expiresAt,
  createdAt: sessions.createdAt,
}

/** Creates a session with a random token and CSRF token; stores the token's SHA-256 only. */
export async function createSession(db: Executor, input: NewSession): Promise<CreatedSession> {
  const token = createRandomToken(32)
  const now = input.now ?? new Date()

  const [session] = await db
    .insert(sessions)
    .values({
      id: createId('ses'),
      teamId: input.teamId,
      userId: input.userId,
      tokenHash: hashToken(token),
      csrfToken: createRandomToken(32),
      expiresAt: new Date(now.getTime() + input.ttlMs),
      createdAt: now,
    })
    .returning(sessionColumns)

  return { token, session: session! }
}

/**
 * Returns the unexpired session for a cookie token and its user, or
 * undefined. The token is the only input, so this lookup is not scoped by
 * team; the returned `teamId` scopes everything after it.
 */
export async function findSessionByToken(
  db: Executor,
  token: string,
  now: Date = new Date(),
): Promise<{ session: Session; user: User } | undefined> {
  const [row] = await db
    .select({
      session: sessionColumns,
      user: userColumns,
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, hashToken(token)), gt(sessions.expiresAt, now)))

  return row
}

/** Deletes the session of a cookie token (sign-out). Returns false when none matched. */
export async function deleteSessionByToken(db: Executor, token: string): Promise<boolean> {
  const deleted = await db
    .delete(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)))
    .returning({ id: sessions.id })
  return deleted.length > 0
}

/** Deletes every session of one user, for example after a password change. Returns how many. */
export async function deleteUserSessions(
  db: Executor,
  teamId: string,
  userId: string,
): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(and(eq(sessions.teamId, teamId), eq(sessions.userId, userId)))
    .returning({ id: sessions.id })
  return deleted.length
}

/** Deletes sessions of every team that expired at or before `now`. Returns how many. */
export async function deleteExpiredSessions(db: Executor, now: Date = new Date()): Promise<number> {
  const deleted = await db
    .delete(sessions)
    .where(lte(sessions.expiresAt, now))
    .returning({ id: sessions.id })
  return deleted.length
}
