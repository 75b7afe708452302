import { defaultTeamSettings } from '@talent-sync/core'
import { describe, expect, it } from 'vitest'

import type { TeamSettingsDocument } from './documents.js'
import { deleteUserOverrides, getUserOverrides, setUserOverrides } from './overrides.js'
import {
  getCurrentSettings,
  getSettingsVersion,
  listSettingsVersions,
  rollbackSettings,
  saveSettings,
} from './settings.js'
import { BACKEND_NAMES } from './testing/backends.js'
import { createTestTeam, useTestBackend } from './testing/use-backend.js'

/** Default team settings with a company warning threshold that differs per variant (0 to 50). */
function settingsNumbered(variant: number): TeamSettingsDocument {
  const settings = defaultTeamSettings()
  settings.defaults.general.companyWarning.threshold = 0.5 + variant / 100
  return settings
}

describe.each(BACKEND_NAMES)('settings on %s', (backendName) => {
  const backend = useTestBackend(backendName)

  describe('settings versions', () => {
    it('numbers versions from one', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())

      expect(await getCurrentSettings(db, team.id)).toBeUndefined()

      const first = await saveSettings(db, team.id, {
        document: settingsNumbered(1),
        authorUserId: admin.id,
        expectedVersion: 0,
      })
      const second = await saveSettings(db, team.id, {
        document: settingsNumbered(2),
        authorUserId: admin.id,
        note: 'raise the company warning threshold',
      })

      expect(first.version).toBe(1)
      expect(second.version).toBe(2)
      expect(second.note).toBe('raise the company warning threshold')
      expect((await getCurrentSettings(db, team.id))?.document).toEqual(settingsNumbered(2))
      expect((await getSettingsVersion(db, team.id, 1))?.document).toEqual(settingsNumbered(1))
    })

    it('rejects a stale expected version', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())
      await saveSettings(db, team.id, { document: settingsNumbered(1), authorUserId: admin.id })

      const stale = saveSettings(db, team.id, {
        document: settingsNumbered(2),
        authorUserId: admin.id,
        expectedVersion: 0,
      })

      await expect(stale).rejects.toMatchObject({ code: 'settings_version_conflict' })
      expect((await getCurrentSettings(db, team.id))?.version).toBe(1)
    })

    it('never repeats a version under concurrency', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())

      const results = await Promise.allSettled(
        Array.from({ length: 6 }, (_, index) =>
          saveSettings(db, team.id, { document: settingsNumbered(index), authorUserId: admin.id }),
        ),
      )
      const saved = results.filter((result) => result.status === 'fulfilled')
      const rejected = results.filter((result) => result.status === 'rejected')
      const versions = await listSettingsVersions(db, team.id)

      expect(saved.length).toBeGreaterThanOrEqual(1)
      expect(versions).toHaveLength(saved.length)
      expect(new Set(versions.map((version) => version.version)).size).toBe(versions.length)
      for (const result of rejected) {
        expect(result.reason).toMatchObject({ code: 'settings_version_conflict' })
      }
    })

    it('rolls back as a new version', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())
      await saveSettings(db, team.id, { document: settingsNumbered(1), authorUserId: admin.id })
      await saveSettings(db, team.id, { document: settingsNumbered(2), authorUserId: admin.id })

      const rolledBack = await rollbackSettings(db, team.id, {
        toVersion: 1,
        authorUserId: admin.id,
      })

      expect(rolledBack.version).toBe(3)
      expect(rolledBack.document).toEqual(settingsNumbered(1))
      expect(rolledBack.note).toBe('rollback to version 1')
      await expect(
        rollbackSettings(db, team.id, { toVersion: 9, authorUserId: admin.id }),
      ).rejects.toMatchObject({
        code: 'settings_version_not_found',
      })
    })

    it('pages history newest first', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())
      for (let index = 1; index <= 5; index += 1) {
        await saveSettings(db, team.id, {
          document: settingsNumbered(index),
          authorUserId: admin.id,
        })
      }

      const firstPage = await listSettingsVersions(db, team.id, { limit: 2 })
      const secondPage = await listSettingsVersions(db, team.id, { limit: 2, beforeVersion: 4 })

      expect(firstPage.map((version) => version.version)).toEqual([5, 4])
      expect(secondPage.map((version) => version.version)).toEqual([3, 2])
    })

    it('hides versions from other teams', async () => {
      const { db } = backend().handle
      const first = await createTestTeam(backend())
      const second = await createTestTeam(backend())
      await saveSettings(db, first.team.id, {
        document: settingsNumbered(1),
        authorUserId: first.admin.id,
      })

      expect(await getCurrentSettings(db, second.team.id)).toBeUndefined()
      expect(await getSettingsVersion(db, second.team.id, 1)).toBeUndefined()
      expect(await listSettingsVersions(db, second.team.id)).toEqual([])
      await expect(
        rollbackSettings(db, second.team.id, { toVersion: 1, authorUserId: second.admin.id }),
      ).rejects.toMatchObject({ code: 'settings_version_not_found' })
    })
  })

  describe('user overrides', () => {
    it('sets, replaces and deletes', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())

      expect(await getUserOverrides(db, team.id, admin.id)).toBeUndefined()

      await setUserOverrides(db, team.id, admin.id, { 'sync.syncOn': 'reply' })
      const replaced = await setUserOverrides(db, team.id, admin.id, {
        'sync.syncOn': 'interested',
      })

      expect(replaced.overrides).toEqual({ 'sync.syncOn': 'interested' })
      expect((await getUserOverrides(db, team.id, admin.id))?.overrides).toEqual({
        'sync.syncOn': 'interested',
      })
      expect(await getUserOverrides(db, 'team_other', admin.id)).toBeUndefined()
      expect(await deleteUserOverrides(db, 'team_other', admin.id)).toBe(false)
      expect(await deleteUserOverrides(db, team.id, admin.id)).toBe(true)
      expect(await getUserOverrides(db, team.id, admin.id)).toBeUndefined()
    })
  })
})
