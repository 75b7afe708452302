import { afterAll, beforeAll } from 'vitest'

import { createTeamWithAdmin, type CreatedTeam } from '../teams.js'
import {
  BACKEND_TIMEOUT_MS,
  openTestBackend,
  type BackendName,
  type TestBackend,
} from './backends.js'

let teamCounter = 0

/**
 * Opens a migrated backend before the tests of the enclosing `describe` and
 * closes it after them. Returns a getter, because the backend exists only
 * once `beforeAll` has run.
 */
export function useTestBackend(name: BackendName): () => TestBackend {
  let backend: TestBackend | undefined

  beforeAll(async () => {
    backend = await openTestBackend(name)
  }, BACKEND_TIMEOUT_MS)

  afterAll(async () => {
    await backend?.close()
  })

  return () => backend!
}

/** Creates a team with a fictional admin whose email is unique in this process. */
export async function createTestTeam(
  backend: TestBackend,
  password = 'correct horse battery',
): Promise<CreatedTeam> {
  teamCounter += 1
  const suffix = `${process.pid}-${teamCounter}-${Date.now()}`

  return createTeamWithAdmin(backend.handle.db, backend.box, {
    teamName: `Test team ${suffix}`,
    adminEmail: `admin-${suffix}@example.test`,
    adminPassword: password,
    adminName: 'Ada Example',
  })
}
