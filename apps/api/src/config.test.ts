import { describe, expect, it } from 'vitest'

import { ConfigError, loadEnvConfig } from './config.js'

describe('loadEnvConfig', () => {
  it('applies the defaults', () => {
    expect(loadEnvConfig({})).toEqual({
      port: 3000,
      host: '127.0.0.1',
      redisUrl: 'redis://127.0.0.1:6379',
      databaseUrl: undefined,
      dataDir: './.data',
      encryptionKey: undefined,
      clockworkBaseUrl: 'https://api.clockworkrecruiting.com',
      logLevel: 'info',
      trustedProxies: 0,
      adminDistDir: expect.stringMatching(/apps\/admin\/dist$/),
    })
  })

  it('reads every variable', () => {
    const config = loadEnvConfig({
      PORT: '8080',
      HOST: '::1',
      REDIS_URL: 'redis://127.0.0.1:6380',
      DATABASE_URL: 'postgresql://postgres@127.0.0.1:5432/test',
      TALENT_SYNC_DATA_DIR: '/tmp/talent-sync',
      TALENT_SYNC_ENCRYPTION_KEY: 'a'.repeat(64),
      CLOCKWORK_BASE_URL: 'http://127.0.0.1:4010',
      LOG_LEVEL: 'debug',
      TRUSTED_PROXIES: '1',
    })

    expect(config.port).toBe(8080)
    expect(config.host).toBe('::1')
    expect(config.databaseUrl).toBe('postgresql://postgres@127.0.0.1:5432/test')
    expect(config.clockworkBaseUrl).toBe('http://127.0.0.1:4010')
    expect(config.logLevel).toBe('debug')
    expect(config.trustedProxies).toBe(1)
  })

  it('treats empty variables as unset', () => {
    expect(loadEnvConfig({ PORT: '', DATABASE_URL: ' ' }).port).toBe(3000)
  })

  it.each([
    ['PORT', 'eighty'],
    ['PORT', '70000'],
    ['REDIS_URL', 'http://127.0.0.1'],
    ['DATABASE_URL', 'mysql://127.0.0.1/db'],
    ['CLOCKWORK_BASE_URL', 'not a url'],
    ['LOG_LEVEL', 'loud'],
    ['TRUSTED_PROXIES', '-1'],
    ['TRUSTED_PROXIES', 'yes'],
  ])('names %s when it is %s', (name, value) => {
    expect(() => loadEnvConfig({ [name]: value })).toThrow(ConfigError)
    expect(() => loadEnvConfig({ [name]: value })).toThrow(name)
  })

  it('never echoes a value', () => {
    const secret = 'postgres-password-123'
    let message = ''
    try {
      loadEnvConfig({ DATABASE_URL: `mysql://user:${secret}@host/db` })
    } catch (error) {
      message = (error as Error).message
    }

    expect(message).toContain('DATABASE_URL')
    expect(message).not.toContain(secret)
  })
})
