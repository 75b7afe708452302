import { randomBytes, randomUUID } from 'node:crypto'

import {
  createTeamWithAdmin,
  createUser,
  SecretBox,
  type CreatedTeam,
  type User,
} from '@talent-sync/store'
import { Queue } from 'bullmq'
import type { Hono } from 'hono'
import { Redis } from 'ioredis'
import { afterAll, beforeAll } from 'vitest'

import { createApp } from '../app.js'
import type { CrmClientFactory } from '../crm/crm-client.js'
import { DEFAULT_APP_CONFIG, type AppConfig, type AppDeps } from '../deps.js'
import type { AppEnv } from '../env.js'
import { createLogger } from '../logger.js'
import { LogCapture } from '@talent-sync/logging/testing'
import { openTestDatabase, type TestDatabase } from './test-database.js'

const REDIS_URL = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'

/** Everything a test needs: the app, its dependencies and the captured log. */
export interface TestApp {
  app: Hono<AppEnv>
  deps: AppDeps
  logs: LogCapture
  /** Moves the app's clock to this time. */
  setNow(date: Date): void
  /** Creates a team with a fictional admin; the password is `TEST_PASSWORD`. */
  createTeam(): Promise<CreatedTeam>
  /** Adds a fictional member to a team; the password is `TEST_PASSWORD`. */
  createMember(teamId: string): Promise<User>
}

/** Password of every user the helpers create. */
export const TEST_PASSWORD = 'correct horse battery staple'

/** Options of {@link useTestApp}. */
export interface TestAppOptions {
  config?: Partial<AppConfig>
  crm?: CrmClientFactory
}

const unusedCrm: CrmClientFactory = () => {
  throw new Error('This test did not configure a CRM client.')
}

/**
 * Builds the app on a database, queue and Redis key prefix of its own before
 * the tests of the enclosing `describe`, and removes them after. Returns a
 * getter, because the app exists only once `beforeAll` has run.
 */
export function useTestApp(options: TestAppOptions = {}): () => TestApp {
  let database: TestDatabase | undefined
  let testApp: TestApp | undefined
  let queueConnection: Redis | undefined
  let counter = 0

  beforeAll(async () => {
    database = await openTestDatabase()
    const redis = new Redis(REDIS_URL, { maxRetriesPerRequest: null })
    queueConnection = redis.duplicate()
    const queue = new Queue(`api-test-${randomUUID()}`, { connection: queueConnection })
    const logs = new LogCapture()
    let now = new Date()

    const deps: AppDeps = {
      db: database.handle.db,
      box: new SecretBox(randomBytes(32)),
      queue,
      redis,
      crm: options.crm ?? unusedCrm,
      logger: createLogger({ level: 'debug', destination: logs }),
      clock: { now: () => now },
      config: {
        ...DEFAULT_APP_CONFIG,
        redisKeyPrefix: `api-test:${randomUUID()}:`,
        ...options.config,
      },
    }

    const suffix = () => `${process.pid}-${(counter += 1)}-${randomUUID().slice(0, 8)}`
    testApp = {
      app: createApp(deps),
      deps,
      logs,
      setNow: (date) => {
        now = date
      },
      createTeam: () =>
        createTeamWithAdmin(deps.db, deps.box, {
          teamName: `Team ${suffix()}`,
          adminEmail: `admin-${suffix()}@example.test`,
          adminPassword: TEST_PASSWORD,
          adminName: 'Ada Example',
        }),
      createMember: async (teamId) =>
        createUser(deps.db, {
          teamId,
          email: `member-${suffix()}@example.test`,
          name: 'Max Example',
          role: 'member',
          password: TEST_PASSWORD,
        }),
    }
  }, 30_000)

  afterAll(async () => {
    if (testApp) {
      const { queue, redis } = testApp.deps
      await queue.obliterate({ force: true })
      await queue.close()
      const keys = await redis.keys(`${testApp.deps.config.redisKeyPrefix}*`)
      if (keys.length > 0) await redis.del(...keys)
      redis.disconnect()
      queueConnection?.disconnect()
    }
    await database?.close()
  })

  return () => testApp!
}
