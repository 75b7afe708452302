import { eq } from 'drizzle-orm'

import type { SecretBox } from './crypto.js'
import type { Executor } from './database.js'
import { createId } from './ids.js'
import { hashPassword } from './passwords.js'
import { teams } from './schema.js'
import { createSigningSecret } from './signing-secrets.js'
import { insertUser, type User } from './users.js'

/** A team: the tenant that owns every other record. */
export interface Team {
  id: string
  name: string
  createdAt: Date
}

/** Input of {@link createTeamWithAdmin}. */
export interface NewTeam {
  teamName: string
  adminEmail: string
  adminPassword: string
  adminName?: string | null
}

/** Result of {@link createTeamWithAdmin}. The plain `signingSecret` is shown this once. */
export interface CreatedTeam {
  team: Team
  admin: User
  signingSecret: string
}

/**
 * Creates a team, its first admin and its event signing secret in one
 * transaction, so a failure (such as `email_taken`) leaves none of them. The
 * password is hashed before the transaction opens to keep it short.
 */
export async function createTeamWithAdmin(
  db: Executor,
  box: SecretBox,
  input: NewTeam,
): Promise<CreatedTeam> {
  const passwordHash = await hashPassword(input.adminPassword)

  return db.transaction(async (tx) => {
    const [team] = await tx
      .insert(teams)
      .values({ id: createId('team'), name: input.teamName })
      .returning()

    const admin = await insertUser(tx, {
      teamId: team!.id,
      email: input.adminEmail,
      name: input.adminName ?? null,
      role: 'admin',
      passwordHash,
    })
    const signingSecret = await createSigningSecret(tx, box, team!.id)

    return { team: team!, admin, signingSecret }
  })
}

/** Returns the team with this id, or undefined. */
export async function getTeam(db: Executor, teamId: string): Promise<Team | undefined> {
  const [team] = await db.select().from(teams).where(eq(teams.id, teamId))
  return team
}

/** Renames a team. Returns the updated team, or undefined when it does not exist. */
export async function renameTeam(
  db: Executor,
  teamId: string,
  name: string,
): Promise<Team | undefined> {
  const [team] = await db.update(teams).set({ name }).where(eq(teams.id, teamId)).returning()
  return team
}
