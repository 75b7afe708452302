import { randomBytes, randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'

import { createTeamWithAdmin, loadEncryptionKey } from '@talent-sync/store'
import { Queue } from 'bullmq'
import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { loadEnvConfig } from './config.js'
import { createLogger } from './logger.js'
import { startApi, type RunningApi } from './server.js'
import { makeEvent, signedRequest, unixSeconds } from './testing/fixtures.js'
import { LogCapture } from '@talent-sync/logging/testing'
import { openTestDatabase, type TestDatabase } from './testing/test-database.js'

describe('startApi on a real socket', () => {
  const queueName = `api-socket-test-${randomUUID()}`
  const encryptionKey = randomBytes(32).toString('hex')
  const logs = new LogCapture()
  let database: TestDatabase
  let api: RunningApi
  let baseUrl = ''

  beforeAll(async () => {
    database = await openTestDatabase()
    const config = loadEnvConfig({
      PORT: '0',
      DATABASE_URL: database.url,
      TALENT_SYNC_ENCRYPTION_KEY: encryptionKey,
      TALENT_SYNC_DATA_DIR: tmpdir(),
      CLOCKWORK_BASE_URL: 'http://127.0.0.1:9',
    })
    api = await startApi(config, createLogger({ destination: logs }), {
      queueName,
      config: { redisKeyPrefix: `api-socket-test:${randomUUID()}:` },
    })
    baseUrl = `http://127.0.0.1:${api.port}`
  }, 30_000)

  afterAll(async () => {
    await api?.close()
    const queue = new Queue(queueName, { connection: new Redis({ maxRetriesPerRequest: null }) })
    await queue.obliterate({ force: true })
    await queue.close()
    await database?.close()
  })

  it('serves health and readiness', async () => {
    const health = await fetch(`${baseUrl}/healthz`)
    const ready = await fetch(`${baseUrl}/readyz`)

    expect(health.status).toBe(200)
    expect(ready.status).toBe(200)
  })

  it('accepts a signed event over HTTP', async () => {
    const box = await loadEncryptionKey({ encryptionKey, dataDir: tmpdir() })
    const { team, admin, signingSecret } = await createTeamWithAdmin(database.handle.db, box, {
      teamName: 'Socket team',
      adminEmail: `socket-${randomUUID()}@example.test`,
      adminPassword: 'correct horse battery staple',
    })
    const event = makeEvent(team.id, admin.id, 'evt_socket')

    const response = await fetch(
      `${baseUrl}/v1/events`,
      signedRequest(event, signingSecret, unixSeconds(new Date())),
    )

    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ accepted: ['evt_socket'], duplicates: [] })
    expect(logs.text()).not.toContain(signingSecret)
  })

  it('rejects a 2 MiB body with 413', async () => {
    const response = await fetch(`${baseUrl}/v1/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }),
    })

    expect(response.status).toBe(413)
  })
})
