import { and, desc, eq, gt, isNull, or } from 'drizzle-orm'

import type { SecretBox } from './crypto.js'
import { createRandomToken } from './crypto.js'
import type { Executor } from './database.js'
import { createId } from './ids.js'
import { signingSecrets } from './schema.js'

/** Prefix of event signing secrets, so a leaked one is recognizable. */
export const SIGNING_SECRET_PREFIX = 'tss_'

function encryptionContext(teamId: string, secretId: string): string {
  return `signing_secret:${teamId}:${secretId}`
}

/**
 * Creates a new current signing secret for the team and returns it in plain
 * form. It is stored encrypted only, so this is the one time it is shown.
 * Does not retire the previous secret: see {@link rotateSigningSecret}.
 */
export async function createSigningSecret(
  db: Executor,
  box: SecretBox,
  teamId: string,
): Promise<string> {
  const id = createId('sec')
  const secret = `${SIGNING_SECRET_PREFIX}${createRandomToken(32)}`

  await db.insert(signingSecrets).values({
    id,
    teamId,
    secretCiphertext: box.encrypt(secret, encryptionContext(teamId, id)),
  })

  return secret
}

/** Options of {@link rotateSigningSecret}. */
export interface RotateSigningSecretOptions {
  /** How long the replaced secrets stay valid, in milliseconds. 0 ends them at once. */
  gracePeriodMs: number
  /** Current time; defaults to the clock. */
  now?: Date
}

/**
 * Replaces the team's signing secret and returns the new one in plain form.
 * Secrets that were current stay valid for `gracePeriodMs`, so events signed
 * just before the rotation still verify.
 */
export async function rotateSigningSecret(
  db: Executor,
  box: SecretBox,
  teamId: string,
  options: RotateSigningSecretOptions,
): Promise<string> {
  const now = options.now ?? new Date()
  const expiresAt = new Date(now.getTime() + options.gracePeriodMs)

  return db.transaction(async (tx) => {
    await tx
      .update(signingSecrets)
      .set({ expiresAt })
      .where(and(eq(signingSecrets.teamId, teamId), isNull(signingSecrets.expiresAt)))

    return createSigningSecret(tx, box, teamId)
  })
}

/**
 * Returns the team's signing secrets that verify events at `now`, in plain
 * form, newest first: the current one, then those still in their grace
 * period. An unknown team gets an empty list.
 */
export async function listValidSigningSecrets(
  db: Executor,
  box: SecretBox,
  teamId: string,
  now: Date = new Date(),
): Promise<string[]> {
  const rows = await db
    .select({ id: signingSecrets.id, secretCiphertext: signingSecrets.secretCiphertext })
    .from(signingSecrets)
    .where(
      and(
        eq(signingSecrets.teamId, teamId),
        or(isNull(signingSecrets.expiresAt), gt(signingSecrets.expiresAt, now)),
      ),
    )
    .orderBy(desc(signingSecrets.createdAt), desc(signingSecrets.id))

  return rows.map((row) => box.decrypt(row.secretCiphertext, encryptionContext(teamId, row.id)))
}
