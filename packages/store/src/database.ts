import { mkdir } from 'node:fs/promises'
import { join } from 'node:path'

import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres'
import pg from 'pg'

import { startEmbeddedServer } from './embedded-server.js'
import { DatabaseUrlRequiredError, StoreError } from './errors.js'
import {
  acquireLock,
  isLockHolderAlive,
  readLock,
  releaseOwnLock,
  updateOwnLock,
} from './lock-file.js'
import * as schema from './schema.js'

/** The drizzle database over node-postgres, typed with this package's tables. */
export type Database = NodePgDatabase<typeof schema>

/** A transaction opened by `db.transaction(...)`. */
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0]

/** First argument of every repository function: the database or a transaction on it. */
export type Executor = Database | Transaction

/** Name of the lock file in the data folder that names the process serving the embedded database. */
export const EMBEDDED_LOCK_FILE_NAME = 'embedded-database.lock'

/** Kind of PostgreSQL a handle is connected to. */
export type DatabaseBackend = 'postgres' | 'embedded-owner' | 'embedded-client'

/** Options of {@link openDatabase}. */
export interface OpenDatabaseOptions {
  /** PostgreSQL connection string (`DATABASE_URL`). When set, nothing embedded starts. */
  databaseUrl?: string | undefined
  /** Data folder of the embedded database (`TALENT_SYNC_DATA_DIR`, `./.data` by default in apps). */
  dataDir: string
  /** When false and `databaseUrl` is missing, throws {@link DatabaseUrlRequiredError}. Default true. */
  allowEmbedded?: boolean
  /**
   * When false, throws {@link DatabaseUrlRequiredError} instead of joining an
   * embedded database that another process serves. Default true.
   */
  shareEmbedded?: boolean
  /** Maximum connections of this process's pool. Default 10 for PostgreSQL, 4 for embedded. */
  poolSize?: number
  /** Connections the embedded server accepts from all processes together. Default 64. */
  embeddedMaxConnections?: number
  /** Receives errors of idle pooled connections (for example when the server goes away). */
  onPoolError?: (error: Error) => void
}

/** An open database: the drizzle instance, its pool, and how to close both. */
export interface DatabaseHandle {
  /** Drizzle instance for the repository functions. */
  db: Database
  /** The node-postgres pool underneath `db`. */
  pool: pg.Pool
  /** Real PostgreSQL, the embedded server this handle started, or another process's embedded server. */
  backend: DatabaseBackend
  /** Closes the pool; the owner of the embedded server also stops it and removes the lock file. */
  close(): Promise<void>
}

const LOCK_PORT_WAIT_MS = 60_000

/**
 * Opens the database.
 *
 * With `databaseUrl`, connects to that PostgreSQL. Otherwise uses the
 * embedded PGlite in `dataDir`. The first process takes the lock file
 * (`{ pid, port }`), starts the server on 127.0.0.1 with an ephemeral port and
 * owns it until `close()`. Later processes read the port from the lock file
 * and connect to it. A lock left by a dead process is replaced.
 */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    const pool = createPool({ connectionString: options.databaseUrl }, options, 10)
    return createHandle(pool, 'postgres', async () => undefined)
  }

  if (options.allowEmbedded === false) {
    throw new DatabaseUrlRequiredError(
      'DATABASE_URL is not set, and this process may not use the embedded database.',
    )
  }

  return openEmbedded(options)
}

async function openEmbedded(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  await mkdir(options.dataDir, { recursive: true })
  const lockPath = join(options.dataDir, EMBEDDED_LOCK_FILE_NAME)

  for (;;) {
    const result = await acquireLock(lockPath)

    if (result.owned) {
      return startAsOwner(options, lockPath)
    }

    if (options.shareEmbedded === false) {
      throw new DatabaseUrlRequiredError(
        `Process ${result.lock.pid} already serves the embedded database in ${options.dataDir}.`,
      )
    }

    const port = result.lock.port ?? (await waitForPort(lockPath))
    if (port !== undefined) {
      const pool = createPool(embeddedConnection(port), options, 4)
      // NOTE: clients of another process's server fail once that process exits; they do not take over.
      return createHandle(pool, 'embedded-client', async () => undefined)
    }
  }
}

async function startAsOwner(
  options: OpenDatabaseOptions,
  lockPath: string,
): Promise<DatabaseHandle> {
  let server
  try {
    server = await startEmbeddedServer(options.dataDir, options.embeddedMaxConnections ?? 64)
    await updateOwnLock(lockPath, { pid: process.pid, port: server.port })
  } catch (error) {
    await server?.stop().catch(() => undefined)
    await releaseOwnLock(lockPath)
    throw error
  }

  const pool = createPool(embeddedConnection(server.port), options, 4)
  const runningServer = server

  return createHandle(pool, 'embedded-owner', async () => {
    await runningServer.stop()
    await releaseOwnLock(lockPath)
  })
}

/**
 * Waits until the owner writes its port; returns undefined when the owner
 * died first, so the caller takes the lock over.
 */
async function waitForPort(lockPath: string): Promise<number | undefined> {
  const deadline = Date.now() + LOCK_PORT_WAIT_MS

  while (Date.now() < deadline) {
    const lock = await readLock(lockPath)
    if (lock === undefined || !isLockHolderAlive(lockPath, lock)) {
      return undefined
    }
    if (lock.port !== undefined) {
      return lock.port
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }

  throw new StoreError(
    'embedded_database_unavailable',
    `The process named in ${lockPath} did not finish starting the embedded database ` +
      `within ${LOCK_PORT_WAIT_MS / 1000} s. Stop it, or delete the lock file if no such process runs.`,
  )
}

function embeddedConnection(port: number): pg.PoolConfig {
  return { host: '127.0.0.1', port, user: 'postgres', database: 'postgres' }
}

function createPool(
  config: pg.PoolConfig,
  options: OpenDatabaseOptions,
  defaultSize: number,
): pg.Pool {
  const pool = new pg.Pool({ ...config, max: options.poolSize ?? defaultSize })

  // Without a listener, an idle connection's error would crash the process.
  pool.on('error', (error) => options.onPoolError?.(error))

  return pool
}

function createHandle(
  pool: pg.Pool,
  backend: DatabaseBackend,
  stopBackend: () => Promise<void>,
): DatabaseHandle {
  let closing: Promise<void> | undefined

  return {
    db: drizzle({ client: pool, schema }),
    pool,
    backend,
    close() {
      closing ??= pool.end().then(stopBackend)
      return closing
    },
  }
}
