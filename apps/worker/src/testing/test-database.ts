import { randomBytes } from 'node:crypto'

import { migrate, openDatabase, SecretBox, type DatabaseHandle } from '@talent-sync/store'
import pg from 'pg'

/** PostgreSQL server the tests create their databases on. */
export const TEST_SERVER_URL =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test'

/** A migrated database of its own for one test, with the key that encrypts its secrets. */
export interface TestDatabase {
  url: string
  handle: DatabaseHandle
  box: SecretBox
  /** Base64 form of the encryption key, for `TALENT_SYNC_ENCRYPTION_KEY` of worker processes. */
  encryptionKey: string
  drop(): Promise<void>
}

async function runAdmin(statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL })
  await admin.connect()
  try {
    await admin.query(statement)
  } finally {
    await admin.end()
  }
}

/** Creates, opens and migrates a uniquely named database; `drop` closes and removes it. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `worker_test_${randomBytes(6).toString('hex')}`
  await runAdmin(`create database ${name}`)

  const url = new URL(TEST_SERVER_URL)
  url.pathname = `/${name}`
  const handle = await openDatabase({
    databaseUrl: url.toString(),
    dataDir: '/nonexistent',
    allowEmbedded: false,
  })
  await migrate(handle.db)

  const key = randomBytes(32)
  return {
    url: url.toString(),
    handle,
    box: new SecretBox(key),
    encryptionKey: key.toString('base64'),
    async drop() {
      await handle.close()
      await runAdmin(`drop database if exists ${name} with (force)`)
    },
  }
}
