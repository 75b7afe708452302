import { and, asc, eq } from 'drizzle-orm'

import type { Executor } from './database.js'
import { StoreError } from './errors.js'
import { createId } from './ids.js'
import { getUnknownUserPasswordHash, hashPassword, verifyPassword } from './passwords.js'
import { isUniqueViolation } from './postgres-errors.js'
import { users } from './schema.js'

/** Role of a user in their team. */
export type UserRole = 'admin' | 'member'

/** A user without the password hash, the form every other package receives. */
export interface User {
  id: string
  teamId: string
  email: string
  name: string | null
  role: UserRole
  createdAt: Date
  updatedAt: Date
}

/** Input of {@link createUser}. */
export interface NewUser {
  teamId: string
  email: string
  password: string
  role: UserRole
  name?: string | null
}

/** Columns of {@link User}, for queries that must never select the password hash. */
export const userColumns = {
  id: users.id,
  teamId: users.teamId,
  email: users.email,
  name: users.name,
  role: users.role,
  createdAt: users.createdAt,
  updatedAt: users.updatedAt,
}

/** Lowercases and trims an email, the form in which emails are stored and compared. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase()
}

/**
 * Inserts a user row whose password is already hashed. Kept apart from
 * {@link createUser} so that team creation hashes before opening its
 * transaction. Throws `email_taken` when any team already has the email.
 */
export async function insertUser(
  db: Executor,
  input: Omit<NewUser, 'password'> & { passwordHash: string },
): Promise<User> {
  try {
    const [user] = await db
      .insert(users)
      .values({
        id: createId('user'),
        teamId: input.teamId,
        email: normalizeEmail(input.email),
        name: input.name ?? null,
        role: input.role,
        passwordHash: input.passwordHash,
      })
      .returning(userColumns)
    return user!
  } catch (error) {
    if (isUniqueViolation(error, 'users_email_key')) {
      throw new StoreError(
        'email_taken',
        `A user with the email ${normalizeEmail(input.email)} already exists.`,
      )
    }
    throw error
  }
}

/** Creates a user with a scrypt-hashed password. Throws `email_taken` when the email is in use. */
export async function createUser(db: Executor, input: NewUser): Promise<User> {
  const passwordHash = await hashPassword(input.password)
  return insertUser(db, { ...input, passwordHash })
}

/** Returns the user with this id in this team, or undefined. */
export async function getUser(
  db: Executor,
  teamId: string,
  userId: string,
): Promise<User | undefined> {
  const [user] = await db
    .select(userColumns)
    .from(users)
    .where(and(eq(users.teamId, teamId), eq(users.id, userId)))
  return user
}

/** Lists the users of a team, oldest first. */
export async function listUsers(db: Executor, teamId: string): Promise<User[]> {
  return db
    .select(userColumns)
    .from(users)
    .where(eq(users.teamId, teamId))
    .orderBy(asc(users.createdAt), asc(users.id))
}

/**
 * Returns the user whose email and password match, or undefined. Takes about
 * the same time when the email is unknown, so response times do not reveal
 * which emails exist.
 */
export async function authenticateUser(
  db: Executor,
  email: string,
  password: string,
): Promise<User | undefined> {
  const [row] = await db
    .select({ ...userColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, normalizeEmail(email)))

  if (row === undefined) {
    await verifyPassword(password, await getUnknownUserPasswordHash())
    return undefined
  }

  const { passwordHash, ...user } = row
  return (await verifyPassword(password, passwordHash)) ? user : undefined
}

/** Replaces a user's password. Returns false when the user is not in this team. */
export async function changePassword(
  db: Executor,
  teamId: string,
  userId: string,
  password: string,
): Promise<boolean> {
  const passwordHash = await hashPassword(password)
  const updated = await db
    .update(users)
    .set({ passwordHash, updatedAt: new Date() })
    .where(and(eq(users.teamId, teamId), eq(users.id, userId)))
    .returning({ id: users.id })
  return updated.length > 0
}

/** Changes a user's role. Returns the updated user, or undefined when not in this team. */
export async function changeRole(
  db: Executor,
  teamId: string,
  userId: string,
  role: UserRole,
): Promise<User | undefined> {
  const [user] = await db
    .update(users)
    .set({ role, updatedAt: new Date() })
    .where(and(eq(users.teamId, teamId), eq(users.id, userId)))
    .returning(userColumns)
  return user
}

/** Deletes a user with their sessions, tokens and overrides. Returns false when not in this team. */
export async function deleteUser(db: Executor, teamId: string, userId: string): Promise<boolean> {
  const deleted = await db
    .delete(users)
    .where(and(eq(users.teamId, teamId), eq(users.id, userId)))
    .returning({ id: users.id })
  return deleted.length > 0
}
