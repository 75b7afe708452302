import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import pg from 'pg'

import { SecretBox } from '../crypto.js'
import { openDatabase, type DatabaseHandle } from '../database.js'
import { migrate } from '../migrate.js'

/** A migrated database for one test file, on one backend. */
export interface TestBackend {
  handle: DatabaseHandle
  box: SecretBox
  close(): Promise<void>
}

/** Names of the backends every repository test runs against. */
export const BACKEND_NAMES = ['postgres', 'embedded'] as const

/** One of {@link BACKEND_NAMES}. */
export type BackendName = (typeof BACKEND_NAMES)[number]

/** Server the PostgreSQL backend uses; a database `store_test_<random>` is created on it per call. */
export const TEST_SERVER_URL =
  process.env.TEST_DATABASE_URL ?? 'postgresql://postgres@127.0.0.1:5432/test'

/** Time allowed for opening a backend: PGlite's first start takes several seconds. */
export const BACKEND_TIMEOUT_MS = 60_000

/**
 * Creates a uniquely named PostgreSQL database and returns its URL with a
 * function that drops it.
 */
export async function createTestDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `store_test_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: TEST_SERVER_URL })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()

  const url = new URL(TEST_SERVER_URL)
  url.pathname = `/${name}`

  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: TEST_SERVER_URL })
      await client.connect()
      await client.query(`drop database if exists ${name} with (force)`)
      await client.end()
    },
  }
}

/** Opens and migrates a fresh database on the named backend, with a random encryption key. */
export async function openTestBackend(name: BackendName): Promise<TestBackend> {
  const box = new SecretBox(randomBytes(32))
  const location = await createLocation(name)
  const handle = await openDatabase({
    databaseUrl: location.databaseUrl,
    dataDir: location.dataDir,
  })
  await migrate(handle.db)

  return {
    handle,
    box,
    async close() {
      await handle.close()
      await location.remove()
    },
  }
}

async function createLocation(
  name: BackendName,
): Promise<{ databaseUrl?: string; dataDir: string; remove(): Promise<void> }> {
  if (name === 'postgres') {
    const database = await createTestDatabase()
    return { databaseUrl: database.url, dataDir: tmpdir(), remove: database.drop }
  }

  const dataDir = await mkdtemp(join(tmpdir(), 'store-test-'))
  return { dataDir, remove: () => rm(dataDir, { recursive: true, force: true }) }
}
