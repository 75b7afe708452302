import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import {
  startSandbox,
  type FirmCredentials,
  type RunningSandbox,
} from '@talent-sync/clockwork-sandbox'

import { startApiProcess, type ApiProcess } from './api-process.js'
import { seedDatabase, type SeededDatabase } from './database.js'
import { startSpaServer, type SpaServer } from './spa-server.js'

/** Fictional Clockwork firm the sandbox serves; the credentials exist only in this test run. */
export const FIRM: FirmCredentials = {
  name: 'fictional-search',
  apiKey: 'key_e2e_fictional_0001',
  apiSecret: 'secret_e2e_fictional_0001',
  serviceKey: 'service_e2e_fictional_0001',
}

/** Everything the browser tests run against. */
export interface Stack {
  sandbox: RunningSandbox
  database: SeededDatabase
  api: ApiProcess
  spa: SpaServer
  close(): Promise<void>
}

/**
 * Starts the Clockwork sandbox (seeded, in this process), a fresh
 * PostgreSQL database with a team, the API as a child process pointed at
 * both, and a server for the built SPA. Every part listens on a free
 * loopback port.
 */
export async function startStack(): Promise<Stack> {
  const dataDir = await mkdtemp(join(tmpdir(), 'admin-e2e-data-'))
  const sandbox = await startSandbox({ port: 0, firms: [FIRM], seed: 7 })
  const database = await seedDatabase(dataDir)
  const api = await startApiProcess({
    DATABASE_URL: database.url,
    TALENT_SYNC_DATA_DIR: dataDir,
    CLOCKWORK_BASE_URL: sandbox.url,
  })
  const spa = await startSpaServer(api.url)

  return {
    sandbox,
    database,
    api,
    spa,
    async close() {
      await spa.close()
      await api.stop()
      await database.drop()
      await sandbox.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}
