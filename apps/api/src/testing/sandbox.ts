import { startSandbox, type RunningSandbox } from '@talent-sync/clockwork-sandbox'
import { saveConnection, type SecretBox, type Database } from '@talent-sync/store'
import { afterAll, beforeAll } from 'vitest'

import { createClockworkFactory, type CrmClientFactory } from '../crm/crm-client.js'

/** A fictional firm the test sandbox serves. */
export const TEST_FIRM = {
  name: 'northwind-search',
  apiKey: 'key_northwind_0123456789abcdef',
  apiSecret: 'secret_northwind_fedcba9876543210',
  serviceKey: 'firm_northwind_a1b2c3d4e5f6a7b8',
}

/** A sandbox started for the enclosing test file, and a client factory aimed at it. */
export interface TestSandbox {
  running(): RunningSandbox
  crm: CrmClientFactory
}

/**
 * Starts a Clockwork sandbox on a free loopback port before the tests of the
 * file and stops it after them. `seed` fills the firm with generated data.
 */
export function useTestSandbox(options: { seed?: number } = {}): TestSandbox {
  let sandbox: RunningSandbox | undefined

  beforeAll(async () => {
    sandbox = await startSandbox({
      port: 0,
      firms: [TEST_FIRM],
      ...(options.seed ? { seed: options.seed } : {}),
    })
  })

  afterAll(async () => {
    await sandbox?.close()
  })

  return {
    running: () => sandbox!,
    crm: (target) => createClockworkFactory(sandbox!.url)(target),
  }
}

/** Saves a connection of a team to the test firm, as if an admin had activated it. */
export async function connectTestFirm(db: Database, box: SecretBox, teamId: string): Promise<void> {
  await saveConnection(db, box, teamId, {
    firmSubdomain: TEST_FIRM.name,
    credentials: {
      apiKey: TEST_FIRM.apiKey,
      apiSecret: TEST_FIRM.apiSecret,
      serviceKey: TEST_FIRM.serviceKey,
    },
    requestsPerSecond: 5,
  })
}
