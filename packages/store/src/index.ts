/**
 * Storage of talent-sync: PostgreSQL tables, migrations and repository
 * functions, on a real PostgreSQL server (`DATABASE_URL`) or on the embedded
 * PGlite that one process serves to the others on 127.0.0.1.
 *
 * Every repository function takes the drizzle database, or a transaction on
 * it, as its first argument, and every query on team data is scoped by team
 * id: another team's id finds nothing. Ids are prefixed random strings
 * (`team_`, `user_`, `ses_`, `tok_`, `sec_`, `set_`, `jrn_`, `act_`, then 26
 * base32 characters).
 *
 * A process opens the database, applies migrations, then calls repositories:
 *
 * ```ts
 * const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir })
 * await migrate(handle.db)
 * const box = await loadEncryptionKey({ encryptionKey: process.env.TALENT_SYNC_ENCRYPTION_KEY, dataDir })
 * const { team, signingSecret } = await createTeamWithAdmin(handle.db, box, input)
 * ```
 *
 * On the embedded database, clients share one PostgreSQL session, so an open
 * transaction makes every other query wait: keep transactions short and do
 * slow work (password hashing, HTTP calls) outside them.
 *
 * @packageDocumentation
 */

export {
  openDatabase,
  EMBEDDED_LOCK_FILE_NAME,
  type Database,
  type DatabaseBackend,
  type DatabaseHandle,
  type Executor,
  type OpenDatabaseOptions,
  type Transaction,
} from './database.js'
export { migrate, MIGRATIONS_FOLDER } from './migrate.js'
export {
  DatabaseUrlRequiredError,
  isStoreError,
  StoreError,
  type StoreErrorCode,
} from './errors.js'
export type { ActivityDetails, TeamSettingsDocument, UserSettingsOverrides } from './documents.js'
export * as tables from './schema.js'

export { createRandomToken, hashToken, SecretBox } from './crypto.js'
export {
  ENCRYPTION_KEY_FILE_NAME,
  loadEncryptionKey,
  parseEncryptionKey,
  type EncryptionKeyOptions,
} from './encryption-key.js'
export { hashPassword, verifyPassword } from './passwords.js'
export { createId, type IdPrefix } from './ids.js'

export {
  createTeamWithAdmin,
  getTeam,
  renameTeam,
  type CreatedTeam,
  type NewTeam,
  type Team,
} from './teams.js'
export {
  authenticateUser,
  changePassword,
  changeRole,
  createUser,
  deleteUser,
  getUser,
  listUsers,
  normalizeEmail,
  type NewUser,
  type User,
  type UserRole,
} from './users.js'
export {
  createSession,
  deleteExpiredSessions,
  deleteSessionByToken,
  deleteUserSessions,
  findSessionByToken,
  type CreatedSession,
  type NewSession,
  type Session,
} from './sessions.js'
export {
  API_TOKEN_PREFIX,
  authenticateApiToken,
  createApiToken,
  listApiTokens,
  revokeApiToken,
  type ApiToken,
} from './tokens.js'
export {
  createSigningSecret,
  listValidSigningSecrets,
  rotateSigningSecret,
  SIGNING_SECRET_PREFIX,
  type RotateSigningSecretOptions,
} from './signing-secrets.js'
export {
  deleteConnection,
  getConnection,
  getConnectionCredentials,
  maskSecret,
  saveConnection,
  setConnectionStatus,
  type ConnectionInput,
  type ConnectionStatus,
  type CrmConnection,
  type CrmCredentials,
} from './connections.js'
export {
  getCurrentSettings,
  getSettingsVersion,
  listSettingsVersions,
  rollbackSettings,
  saveSettings,
  type SaveSettingsInput,
  type SettingsVersion,
} from './settings.js'
export {
  deleteUserOverrides,
  getUserOverrides,
  setUserOverrides,
  type UserOverrides,
} from './overrides.js'
export {
  createPersonLink,
  deletePersonLink,
  findLinksByCrmPersonId,
  getPersonLink,
  markPersonSynced,
  type PersonLink,
} from './links.js'
export {
  beginStep,
  completeStep,
  failStep,
  listSteps,
  type JournalEntry,
  type JournalStatus,
  type StepKey,
} from './journal.js'
export {
  findProcessedEvents,
  markEventProcessed,
  markEventsProcessed,
  unmarkEventsProcessed,
} from './events.js'
export {
  getActivity,
  listActivity,
  recordActivity,
  setActivityStatus,
  type ActivityEntry,
  type ActivityKind,
  type ActivityPage,
  type ActivityQuery,
  type ActivityStatus,
  type NewActivity,
} from './activity.js'
