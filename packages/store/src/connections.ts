import { eq } from 'drizzle-orm'

import type { SecretBox } from './crypto.js'
import type { Executor } from './database.js'
import { StoreError } from './errors.js'
import { crmConnections } from './schema.js'

/** State of a team's CRM connection. */
export type ConnectionStatus = 'connected' | 'needs_reconnect' | 'disconnected'

/** The secrets that authenticate calls to the CRM. Stored encrypted, as one value. */
export interface CrmCredentials {
  apiKey: string
  apiSecret: string
  serviceKey: string
}

/** A team's CRM connection without its credentials, safe to return from the API. */
export interface CrmConnection {
  teamId: string
  firmSubdomain: string
  status: ConnectionStatus
  /** The firm's CRM request budget, shared by every worker process. */
  requestsPerSecond: number
  /** Last failure reported by the CRM, such as a rejected credential; null after a success. */
  lastError: string | null
  /** When the credentials last proved to work. */
  verifiedAt: Date | null
  createdAt: Date
  updatedAt: Date
}

/** Input of {@link saveConnection}. */
export interface ConnectionInput {
  firmSubdomain: string
  credentials: CrmCredentials
  requestsPerSecond: number
  status?: ConnectionStatus
  verifiedAt?: Date | null
}

const summaryColumns = {
  teamId: crmConnections.teamId,
  firmSubdomain: crmConnections.firmSubdomain,
  status: crmConnections.status,
  requestsPerSecond: crmConnections.requestsPerSecond,
  lastError: crmConnections.lastError,
  verifiedAt: crmConnections.verifiedAt,
  createdAt: crmConnections.createdAt,
  updatedAt: crmConnections.updatedAt,
}

function encryptionContext(teamId: string): string {
  return `crm_credentials:${teamId}`
}

/**
 * Creates or replaces the team's CRM connection, with the credentials
 * encrypted. Status defaults to `connected` and the last error is cleared,
 * because callers save only credentials they have verified.
 */
export async function saveConnection(
  db: Executor,
  box: SecretBox,
  teamId: string,
  input: ConnectionInput,
): Promise<CrmConnection> {
  const now = new Date()
  const values = {
    firmSubdomain: input.firmSubdomain,
    credentialsCiphertext: box.encrypt(
      JSON.stringify(input.credentials),
      encryptionContext(teamId),
    ),
    status: input.status ?? 'connected',
    requestsPerSecond: input.requestsPerSecond,
    lastError: null,
    verifiedAt: input.verifiedAt ?? now,
    updatedAt: now,
  }

  const [connection] = await db
    .insert(crmConnections)
    .values({ teamId, ...values })
    .onConflictDoUpdate({ target: crmConnections.teamId, set: values })
    .returning(summaryColumns)

  return connection!
}

/** Returns the team's connection without credentials, or undefined when none was saved. */
export async function getConnection(
  db: Executor,
  teamId: string,
): Promise<CrmConnection | undefined> {
  const [connection] = await db
    .select(summaryColumns)
    .from(crmConnections)
    .where(eq(crmConnections.teamId, teamId))
  return connection
}

/**
 * Returns the team's decrypted CRM credentials with the connection, or
 * undefined when none was saved. Throws `encryption_key_mismatch` or
 * `ciphertext_invalid` when they cannot be decrypted.
 */
export async function getConnectionCredentials(
  db: Executor,
  box: SecretBox,
  teamId: string,
): Promise<{ connection: CrmConnection; credentials: CrmCredentials } | undefined> {
  const [row] = await db
    .select({ ...summaryColumns, credentialsCiphertext: crmConnections.credentialsCiphertext })
    .from(crmConnections)
    .where(eq(crmConnections.teamId, teamId))

  if (row === undefined) {
    return undefined
  }

  const { credentialsCiphertext, ...connection } = row
  const credentials = JSON.parse(
    box.decrypt(credentialsCiphertext, encryptionContext(teamId)),
  ) as CrmCredentials
  return { connection, credentials }
}

/**
 * Sets the connection's status, for example `needs_reconnect` when the CRM
 * rejects the credentials, with the error to show. Throws `not_found` when
 * the team has no connection.
 */
export async function setConnectionStatus(
  db: Executor,
  teamId: string,
  status: ConnectionStatus,
  lastError: string | null = null,
): Promise<CrmConnection> {
  const [connection] = await db
    .update(crmConnections)
    .set({ status, lastError, updatedAt: new Date() })
    .where(eq(crmConnections.teamId, teamId))
    .returning(summaryColumns)

  if (connection === undefined) {
    throw new StoreError('not_found', `Team ${teamId} has no CRM connection.`)
  }
  return connection
}

/** Deletes the team's connection and its credentials. Returns false when there was none. */
export async function deleteConnection(db: Executor, teamId: string): Promise<boolean> {
  const deleted = await db
    .delete(crmConnections)
    .where(eq(crmConnections.teamId, teamId))
    .returning({ teamId: crmConnections.teamId })
  return deleted.length > 0
}

/** Masks a secret for display, keeping its last 4 characters (fewer when it is short). */
export function maskSecret(secret: string): string {
  const visible = secret.length >= 12 ? 4 : Math.min(2, Math.floor(secret.length / 4))
  return `${'•'.repeat(8)}${secret.slice(secret.length - visible)}`
}
