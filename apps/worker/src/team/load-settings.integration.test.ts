import { teamSettingsSchema } from '@talent-sync/core'
import { createTeamWithAdmin, saveSettings, setUserOverrides } from '@talent-sync/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestDatabase, type TestDatabase } from '../testing/test-database.js'
import { InvalidSettingsError, loadResolvedSettings } from './load-settings.js'

let database: TestDatabase

beforeAll(async () => {
  database = await createTestDatabase()
})

afterAll(async () => {
  await database.drop()
})

async function createTeam(name: string) {
  return createTeamWithAdmin(database.handle.db, database.box, {
    teamName: name,
    adminEmail: `${name}@example.com`,
    adminPassword: 'correct horse battery staple',
  })
}

describe('loadResolvedSettings', () => {
  it('returns the defaults for a team without settings', async () => {
    const { team, admin } = await createTeam('defaults')

    const settings = await loadResolvedSettings(database.handle.db, team.id, admin.id)

    expect(settings.sync.syncOn).toBe('add')
    expect(settings.sync.backfillNotesOnFirstSync).toBe(true)
  })

  it('applies unlocked overrides and ignores locked ones', async () => {
    const { team, admin } = await createTeam('locks')
    const document = teamSettingsSchema.parse({
      defaults: { sync: { syncOn: 'reply' } },
      locks: ['sync.syncOn'],
    })
    await saveSettings(database.handle.db, team.id, { document, authorUserId: admin.id })
    await setUserOverrides(database.handle.db, team.id, admin.id, {
      'sync.syncOn': 'add',
      'general.doNotMerge': true,
    })

    const settings = await loadResolvedSettings(database.handle.db, team.id, admin.id)

    expect(settings.sync.syncOn).toBe('reply')
    expect(settings.general.doNotMerge).toBe(true)
  })

  it('rejects an invalid stored document', async () => {
    const { team, admin } = await createTeam('invalid')
    await saveSettings(database.handle.db, team.id, {
      document: { defaults: { sync: { syncOn: 'never' } } } as never,
      authorUserId: admin.id,
    })

    await expect(
      loadResolvedSettings(database.handle.db, team.id, admin.id),
    ).rejects.toBeInstanceOf(InvalidSettingsError)
  })
})
