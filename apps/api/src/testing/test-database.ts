import { randomBytes } from 'node:crypto'
import { tmpdir } from 'node:os'

import { migrate, openDatabase, type DatabaseHandle } from '@talent-sync/store'
import pg from 'pg'

/** Server the tests create their databases on. */
export const TEST_SERVER_URL =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test'

/** A migrated database of its own for one test file. */
export interface TestDatabase {
  /** Connection string, for code under test that opens the database itself. */
  url: string
  handle: DatabaseHandle
  close(): Promise<void>
}

async function runAdminQuery(text: string): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_SERVER_URL })
  await client.connect()
  try {
    await client.query(text)
  } finally {
    await client.end()
  }
}

/**
 * Creates a uniquely named PostgreSQL database, migrates it and opens it;
 * `close` drops it again.
 */
// NOTE: the store keeps a helper like this under src/testing, but its package does not export it.
export async function openTestDatabase(): Promise<TestDatabase> {
  const name = `api_test_${randomBytes(6).toString('hex')}`
  await runAdminQuery(`create database ${name}`)

  const url = new URL(TEST_SERVER_URL)
  url.pathname = `/${name}`
  const handle = await openDatabase({ databaseUrl: url.toString(), dataDir: tmpdir() })
  await migrate(handle.db)

  return {
    url: url.toString(),
    handle,
    async close() {
      await handle.close()
      await runAdminQuery(`drop database if exists ${name} with (force)`)
    },
  }
}
