import { describe, expect, it } from 'vitest'

import { readLauncherConfig } from './config.js'

describe('readLauncherConfig', () => {
  it('uses laptop defaults', () => {
    const config = readLauncherConfig({}, '/repo')

    expect(config.apiPort).toBe(3000)
    expect(config.sandboxPort).toBe(4010)
    expect(config.redisUrl).toBe('redis://127.0.0.1:6379')
    expect(config.databaseUrl).toBeUndefined()
    expect(config.dataDir).toBe('/repo/.data')
  })

  it('reads values from the environment', () => {
    const config = readLauncherConfig(
      { PORT: '8080', TALENT_SYNC_DATA_DIR: '/var/lib/ts', DATABASE_URL: 'postgres://db/ts' },
      '/repo',
    )

    expect(config.apiPort).toBe(8080)
    expect(config.dataDir).toBe('/var/lib/ts')
    expect(config.databaseUrl).toBe('postgres://db/ts')
  })

  it('names each invalid variable', () => {
    const read = () => readLauncherConfig({ PORT: 'eighty', REDIS_URL: 'not a url' }, '/repo')

    expect(read).toThrow(/PORT/)
    expect(read).toThrow(/REDIS_URL/)
  })
})
