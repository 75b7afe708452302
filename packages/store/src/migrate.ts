import { fileURLToPath } from 'node:url'

import { sql } from 'drizzle-orm'
import { readMigrationFiles } from 'drizzle-orm/migrator'

import type { Database } from './database.js'

/** Folder of the SQL migrations that drizzle-kit generates from `schema.ts`. */
export const MIGRATIONS_FOLDER = fileURLToPath(new URL('../drizzle', import.meta.url))

// Arbitrary constant that names this package's migration lock among PostgreSQL advisory locks.
const MIGRATION_LOCK_KEY = 7_420_113_901

/**
 * Applies the migrations that the database lacks. Safe to call at every start
 * and from several processes at once: everything runs in one transaction
 * that first takes a transaction-level advisory lock, so a second caller
 * waits, then finds the migrations applied. On the embedded server the
 * transaction alone serializes callers, because its clients share one
 * session. Migrations are recorded in `drizzle.__drizzle_migrations`, the
 * table drizzle-kit uses.
 */
export async function migrate(db: Database): Promise<void> {
  const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER })

  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`)
    await tx.execute(sql`create schema if not exists drizzle`)
    await tx.execute(sql`
      create table if not exists drizzle.__drizzle_migrations (
        id serial primary key,
        hash text not null,
        created_at bigint
      )
    `)

    const applied = await tx.execute<{ created_at: string | null }>(
      sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
    )
    const lastAppliedAt = Number(applied.rows[0]?.created_at ?? 0)

    for (const migration of migrations) {
      if (migration.folderMillis <= lastAppliedAt) {
        continue
      }

      for (const statement of migration.sql) {
        await tx.execute(sql.raw(statement))
      }
      await tx.execute(
        sql`insert into drizzle.__drizzle_migrations (hash, created_at) values (${migration.hash}, ${migration.folderMillis})`,
      )
    }
  })
}
