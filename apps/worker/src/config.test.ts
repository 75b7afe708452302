import { describe, expect, it } from 'vitest'

import { ConfigError, loadConfig } from './config.js'

describe('loadConfig', () => {
  it('applies defaults to an empty environment', () => {
    const config = loadConfig({})

    expect(config.redisUrl).toBe('redis://127.0.0.1:6379')
    expect(config.databaseUrl).toBeUndefined()
    expect(config.dataDir).toBe('./.data')
    expect(config.encryptionKey).toBeUndefined()
    expect(config.clockworkBaseUrl).toBeUndefined()
    expect(config.concurrency).toBe(4)
    expect(config.metricsPort).toBe(9464)
    expect(config.queueName).toBe('talent-sync')
    expect(config.lockDurationMs).toBe(30_000)
    expect(config.reconnectPollMs).toBe(15_000)
    expect(config.logLevel).toBe('info')
  })

  it('reads every variable', () => {
    const config = loadConfig({
      REDIS_URL: 'redis://127.0.0.1:6380/2',
      DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test',
      TALENT_SYNC_DATA_DIR: '/tmp/talent-sync',
      TALENT_SYNC_ENCRYPTION_KEY: 'a'.repeat(64),
      CLOCKWORK_BASE_URL: 'http://127.0.0.1:4010',
      WORKER_CONCURRENCY: '12',
      WORKER_METRICS_PORT: '0',
      TALENT_SYNC_QUEUE_NAME: 'sync-test',
      WORKER_LOCK_DURATION_MS: '5000',
      WORKER_RECONNECT_POLL_MS: '200',
      LOG_LEVEL: 'debug',
    })

    expect(config).toEqual({
      redisUrl: 'redis://127.0.0.1:6380/2',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/test',
      dataDir: '/tmp/talent-sync',
      encryptionKey: 'a'.repeat(64),
      clockworkBaseUrl: 'http://127.0.0.1:4010',
      concurrency: 12,
      metricsPort: 0,
      queueName: 'sync-test',
      lockDurationMs: 5_000,
      reconnectPollMs: 200,
      logLevel: 'debug',
    })
  })

  it('treats empty variables as unset', () => {
    const config = loadConfig({
      DATABASE_URL: '',
      CLOCKWORK_BASE_URL: ' ',
      TALENT_SYNC_ENCRYPTION_KEY: '',
    })

    expect(config.databaseUrl).toBeUndefined()
    expect(config.clockworkBaseUrl).toBeUndefined()
    expect(config.encryptionKey).toBeUndefined()
  })

  it.each([
    ['REDIS_URL', 'http://127.0.0.1:6379'],
    ['DATABASE_URL', 'mysql://127.0.0.1/test'],
    ['CLOCKWORK_BASE_URL', 'not a url'],
    ['WORKER_CONCURRENCY', '0'],
    ['WORKER_CONCURRENCY', 'four'],
    ['WORKER_METRICS_PORT', '70000'],
    ['WORKER_LOCK_DURATION_MS', '10'],
    ['WORKER_RECONNECT_POLL_MS', '1.5'],
    ['LOG_LEVEL', 'verbose'],
  ])('rejects %s=%s naming the variable', (variable, value) => {
    let caught: unknown
    try {
      loadConfig({ [variable]: value })
    } catch (error) {
      caught = error
    }

    expect(caught).toBeInstanceOf(ConfigError)
    const error = caught as ConfigError
    expect(error.code).toBe('invalid_config')
    expect(error.issues.map((issue) => issue.variable)).toEqual([variable])
    expect(error.message).toContain(variable)
  })

  it('never repeats a rejected value in the message', () => {
    const secretLooking = 'postgres-but-wrong://user:hunter2@host/db'

    expect(() => loadConfig({ DATABASE_URL: secretLooking })).toThrow(ConfigError)
    try {
      loadConfig({ DATABASE_URL: secretLooking })
    } catch (error) {
      expect((error as Error).message).not.toContain('hunter2')
    }
  })
})
