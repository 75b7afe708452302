import { execFile, spawnSync } from 'node:child_process'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { EMBEDDED_LOCK_FILE_NAME, openDatabase, type DatabaseHandle } from './database.js'
import { isStoreError } from './errors.js'
import { migrate } from './migrate.js'
import { teams } from './schema.js'
import { BACKEND_NAMES, createTestDatabase } from './testing/backends.js'

async function countMigrations(handle: DatabaseHandle): Promise<number> {
  const result = await handle.db.execute<{ count: string }>(
    sql`select count(*) as count from drizzle.__drizzle_migrations`,
  )
  return Number(result.rows[0]!.count)
}

function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.exit(0)'])
  return child.pid!
}

describe('embedded database', () => {
  let dataDir: string
  let owner: DatabaseHandle

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'store-embedded-'))
    owner = await openDatabase({ dataDir })
  })

  afterAll(async () => {
    await owner?.close()
    await rm(dataDir, { recursive: true, force: true })
  })

  it('writes the lock file with pid and port', async () => {
    const lock = JSON.parse(await readFile(join(dataDir, EMBEDDED_LOCK_FILE_NAME), 'utf8'))

    expect(owner.backend).toBe('embedded-owner')
    expect(lock.pid).toBe(process.pid)
    expect(lock.port).toBeGreaterThan(0)
  })

  it('lets a second handle join the first server', async () => {
    const client = await openDatabase({ dataDir })
    try {
      await migrate(owner.db)
      await owner.db.insert(teams).values({ id: 'team_shared', name: 'Shared' })
      const rows = await client.db.select().from(teams)

      expect(client.backend).toBe('embedded-client')
      expect(rows.map((row) => row.id)).toContain('team_shared')
    } finally {
      await client.close()
    }
  })

  it('lets another process join', async () => {
    await migrate(owner.db)
    await owner.db.insert(teams).values({ id: 'team_seen_by_child', name: 'Seen by child' })
    const script = fileURLToPath(new URL('./testing/join-embedded.ts', import.meta.url))

    const { stdout } = await promisify(execFile)(process.execPath, [
      '--import',
      'tsx',
      script,
      dataDir,
    ])
    const output = JSON.parse(stdout)

    expect(output.backend).toBe('embedded-client')
    expect(output.names).toContain('Seen by child')
  })

  it('rejects joining when sharing is off', async () => {
    const attempt = openDatabase({ dataDir, shareEmbedded: false })

    await expect(attempt).rejects.toMatchObject({ code: 'database_url_required' })
    await expect(attempt).rejects.toThrow(/several worker processes/)
  })

  it('keeps the lock after a client closes', async () => {
    const client = await openDatabase({ dataDir })
    await client.close()

    expect((await stat(join(dataDir, EMBEDDED_LOCK_FILE_NAME))).isFile()).toBe(true)
  })
})

describe('embedded lock file', () => {
  it('replaces a stale lock and removes it on close', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'store-stale-'))
    const lockPath = join(dataDir, EMBEDDED_LOCK_FILE_NAME)
    await writeFile(lockPath, JSON.stringify({ pid: deadPid(), port: 1 }))

    try {
      const handle = await openDatabase({ dataDir })
      const lock = JSON.parse(await readFile(lockPath, 'utf8'))
      const result = await handle.db.execute<{ answer: number }>(sql`select 42 as answer`)
      await handle.close()

      expect(handle.backend).toBe('embedded-owner')
      expect(lock.pid).toBe(process.pid)
      expect(result.rows[0]!.answer).toBe(42)
      await expect(stat(lockPath)).rejects.toMatchObject({ code: 'ENOENT' })
    } finally {
      await rm(dataDir, { recursive: true, force: true })
    }
  })

  it('rejects embedded use when not allowed', async () => {
    let thrown: unknown
    try {
      await openDatabase({ dataDir: tmpdir(), allowEmbedded: false })
    } catch (error) {
      thrown = error
    }

    expect(isStoreError(thrown, 'database_url_required')).toBe(true)
    expect((thrown as Error).message).toMatch(/DATABASE_URL/)
  })
})

describe.each(BACKEND_NAMES)('migrate on %s', (backendName) => {
  let handle: DatabaseHandle
  let second: DatabaseHandle
  let cleanup: () => Promise<void>

  beforeAll(async () => {
    if (backendName === 'postgres') {
      const database = await createTestDatabase()
      handle = await openDatabase({ databaseUrl: database.url, dataDir: tmpdir() })
      second = await openDatabase({ databaseUrl: database.url, dataDir: tmpdir() })
      cleanup = database.drop
    } else {
      const dataDir = await mkdtemp(join(tmpdir(), 'store-migrate-'))
      handle = await openDatabase({ dataDir })
      second = await openDatabase({ dataDir })
      cleanup = () => rm(dataDir, { recursive: true, force: true })
    }
  })

  afterAll(async () => {
    await second?.close()
    await handle?.close()
    await cleanup?.()
  })

  it('runs concurrently and twice safely', async () => {
    await Promise.all([migrate(handle.db), migrate(second.db), migrate(handle.db)])
    const applied = await countMigrations(handle)
    await migrate(second.db)

    expect(applied).toBeGreaterThan(0)
    expect(await countMigrations(handle)).toBe(applied)
    await expect(handle.db.select().from(teams)).resolves.toEqual([])
  })
})
