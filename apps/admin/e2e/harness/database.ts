import { randomBytes } from 'node:crypto'

import {
  createTeamWithAdmin,
  createUser,
  loadEncryptionKey,
  migrate,
  openDatabase,
  type DatabaseHandle,
} from '@talent-sync/store'
import pg from 'pg'

/** PostgreSQL server the browser tests create their own database on. */
const SERVER_URL = process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test'

/** Sign-in details of a fictional user. */
export interface Account {
  email: string
  password: string
}

/** A migrated database of its own with one team, its admin and a member. */
export interface SeededDatabase {
  url: string
  handle: DatabaseHandle
  teamId: string
  adminId: string
  admin: Account
  member: Account
  drop(): Promise<void>
}

async function runAdminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: SERVER_URL })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/**
 * Creates a uniquely named database, migrates it, and adds a fictional
 * team with an admin and a member. The encryption key is written to
 * `dataDir`, where the API started with the same folder reads it.
 */
export async function seedDatabase(dataDir: string): Promise<SeededDatabase> {
  const name = `admin_e2e_${randomBytes(6).toString('hex')}`
  await runAdminQuery(`create database ${name}`)

  const url = new URL(SERVER_URL)
  url.pathname = `/${name}`
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir })
  await migrate(handle.db)
  const box = await loadEncryptionKey({ encryptionKey: undefined, dataDir })

  // Addresses differ per run, because the API also limits sign-in attempts per e-mail address.
  const runId = randomBytes(3).toString('hex')
  const admin = {
    email: `ada.admin.${runId}@example.test`,
    password: 'correct horse battery admin',
  }
  const member = {
    email: `max.member.${runId}@example.test`,
    password: 'correct horse battery member',
  }
  const created = await createTeamWithAdmin(handle.db, box, {
    teamName: 'Fictional Search Partners',
    adminEmail: admin.email,
    adminPassword: admin.password,
    adminName: 'Ada Admin',
  })
  await createUser(handle.db, {
    teamId: created.team.id,
    email: member.email,
    password: member.password,
    role: 'member',
    name: 'Max Member',
  })

  return {
    url: url.toString(),
    handle,
    teamId: created.team.id,
    adminId: created.admin.id,
    admin,
    member,
    async drop() {
      await handle.close()
      await runAdminQuery(`drop database if exists ${name} with (force)`)
    },
  }
}
