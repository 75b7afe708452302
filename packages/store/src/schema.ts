import {
  bigint,
  check,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { sql } from 'drizzle-orm'

import type { ActivityDetails, TeamSettingsDocument, UserSettingsOverrides } from './documents.js'

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow()
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow()
const teamId = () =>
  text('team_id')
    .notNull()
    .references(() => teams.id, { onDelete: 'cascade' })

/** Teams: the tenant of every other row. */
export const teams = pgTable('teams', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  createdAt: createdAt(),
})

/** Users of a team. Emails are stored lowercased and are unique across all teams. */
export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    teamId: teamId(),
    email: text('email').notNull(),
    name: text('name'),
    role: text('role', { enum: ['admin', 'member'] }).notNull(),
    passwordHash: text('password_hash').notNull(),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('users_email_key').on(table.email),
    index('users_team_id_idx').on(table.teamId),
    check('users_role_check', sql`${table.role} in ('admin', 'member')`),
  ],
)

/** Browser sessions. Only the SHA-256 hash of the session token is stored. */
export const sessions = pgTable(
  'sessions',
  {
    id: text('id').primaryKey(),
    teamId: teamId(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    csrfToken: text('csrf_token').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('sessions_token_hash_key').on(table.tokenHash),
    index('sessions_team_id_idx').on(table.teamId),
  ],
)

/** Bearer tokens for the browser extension. Only the SHA-256 hash is stored. */
export const apiTokens = pgTable(
  'api_tokens',
  {
    id: text('id').primaryKey(),
    teamId: teamId(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('api_tokens_token_hash_key').on(table.tokenHash),
    index('api_tokens_team_id_idx').on(table.teamId),
  ],
)

/**
 * Event signing secrets, encrypted. The current secret has no `expires_at`;
 * a rotated one stays valid until its `expires_at`.
 */
export const signingSecrets = pgTable(
  'signing_secrets',
  {
    id: text('id').primaryKey(),
    teamId: teamId(),
    secretCiphertext: text('secret_ciphertext').notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (table) => [index('signing_secrets_team_id_idx').on(table.teamId)],
)

/** The CRM connection of a team, at most one. Credentials are encrypted. */
export const crmConnections = pgTable(
  'crm_connections',
  {
    teamId: teamId().primaryKey(),
    firmSubdomain: text('firm_subdomain').notNull(),
    credentialsCiphertext: text('credentials_ciphertext').notNull(),
    status: text('status', { enum: ['connected', 'needs_reconnect', 'disconnected'] }).notNull(),
    requestsPerSecond: integer('requests_per_second').notNull(),
    lastError: text('last_error'),
    verifiedAt: timestamp('verified_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    check(
      'crm_connections_status_check',
      sql`${table.status} in ('connected', 'needs_reconnect', 'disconnected')`,
    ),
    check('crm_connections_requests_per_second_check', sql`${table.requestsPerSecond} > 0`),
  ],
)

/** Every saved version of a team's settings document, numbered from 1. */
export const settingsVersions = pgTable(
  'settings_versions',
  {
    id: text('id').primaryKey(),
    teamId: teamId(),
    version: integer('version').notNull(),
    document: jsonb('document').$type<TeamSettingsDocument>().notNull(),
    authorUserId: text('author_user_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note'),
    createdAt: createdAt(),
  },
  (table) => [
    uniqueIndex('settings_versions_team_id_version_key').on(table.teamId, table.version),
    index('settings_versions_team_id_idx').on(table.teamId),
  ],
)

/** A user's overrides of the settings their team left unlocked. */
export const userSettingsOverrides = pgTable(
  'user_settings_overrides',
  {
    teamId: teamId(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    overrides: jsonb('overrides').$type<UserSettingsOverrides>().notNull(),
    updatedAt: updatedAt(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.userId] }),
    index('user_settings_overrides_team_id_idx').on(table.teamId),
  ],
)

/** Links from a platform person to the CRM person it was synced to, per team. */
export const personLinks = pgTable(
  'person_links',
  {
    teamId: teamId(),
    platformPersonId: text('platform_person_id').notNull(),
    crmPersonId: text('crm_person_id').notNull(),
    createdAt: createdAt(),
    syncedAt: timestamp('synced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.platformPersonId] }),
    index('person_links_team_id_crm_person_id_idx').on(table.teamId, table.crmPersonId),
  ],
)

/** One row per CRM write step of a person, so a retried job resumes where it stopped. */
export const writeJournal = pgTable(
  'write_journal',
  {
    id: text('id').primaryKey(),
    teamId: teamId(),
    platformPersonId: text('platform_person_id').notNull(),
    jobId: text('job_id').notNull(),
    stepKey: text('step_key').notNull(),
    status: text('status', { enum: ['started', 'done', 'failed'] }).notNull(),
    crmEntityId: text('crm_entity_id'),
    error: text('error'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (table) => [
    uniqueIndex('write_journal_person_step_key').on(
      table.teamId,
      table.platformPersonId,
      table.stepKey,
    ),
    index('write_journal_team_id_idx').on(table.teamId),
    check('write_journal_status_check', sql`${table.status} in ('started', 'done', 'failed')`),
  ],
)

/** Ids of platform events already accepted, so a redelivered event is not queued twice. */
export const processedEvents = pgTable(
  'processed_events',
  {
    teamId: teamId(),
    eventId: text('event_id').notNull(),
    createdAt: createdAt(),
  },
  (table) => [
    primaryKey({ columns: [table.teamId, table.eventId] }),
    index('processed_events_team_id_idx').on(table.teamId),
  ],
)

/** The sync activity feed: what happened to whom, and why. */
export const activity = pgTable(
  'activity',
  {
    id: text('id').primaryKey(),
    sequence: bigint('sequence', { mode: 'number' }).generatedAlwaysAsIdentity().notNull(),
    teamId: teamId(),
    userId: text('user_id').references(() => users.id, { onDelete: 'set null' }),
    platformPersonId: text('platform_person_id'),
    eventId: text('event_id'),
    kind: text('kind', {
      enum: ['synced', 'note_written', 'failed', 'needs_review', 'skipped', 'backfill'],
    }).notNull(),
    reasons: jsonb('reasons').$type<string[]>().notNull().default([]),
    status: text('status', { enum: ['ok', 'open', 'resolved'] }).notNull(),
    details: jsonb('details').$type<ActivityDetails>().notNull().default({}),
    createdAt: createdAt(),
  },
  (table) => [
    index('activity_team_id_sequence_idx').on(table.teamId, table.sequence.desc()),
    index('activity_team_id_kind_sequence_idx').on(table.teamId, table.kind, table.sequence.desc()),
    check(
      'activity_kind_check',
      sql`${table.kind} in ('synced', 'note_written', 'failed', 'needs_review', 'skipped', 'backfill')`,
    ),
    check('activity_status_check', sql`${table.status} in ('ok', 'open', 'resolved')`),
  ],
)
