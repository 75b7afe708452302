import { SETTING_KEYS, defaultSettings } from '@talent-sync/core'
import type { CreatedTeam, User } from '@talent-sync/store'
import { beforeAll, describe, expect, it } from 'vitest'

import { readError, readJsonAs } from '../../testing/fixtures.js'
import { getJson, sendJson, signIn, type TestSession } from '../../testing/sign-in.js'
import { useTestApp } from '../../testing/test-app.js'

interface SettingsView {
  version: number
  defaults: ReturnType<typeof defaultSettings>
  locks: string[]
  overrides: Record<string, unknown>
  effective: { key: string; value: unknown; source: string; locked: boolean }[]
  catalogue: { key: string }[]
}

interface HistoryView {
  versions: {
    version: number
    author: { id: string } | null
    note: string | null
    changes: { kind: string; key: string }[]
  }[]
  nextBefore: number | null
}

describe('settings', () => {
  const getTestApp = useTestApp()
  let created: CreatedTeam
  let member: User
  let admin: TestSession
  let memberSession: TestSession

  beforeAll(async () => {
    const testApp = getTestApp()
    created = await testApp.createTeam()
    member = await testApp.createMember(created.team.id)
    admin = await signIn(testApp.app, created.admin.email)
    memberSession = await signIn(testApp.app, member.email)
  })

  function put(session: TestSession, body: unknown) {
    return sendJson(getTestApp().app, 'PUT', '/v1/settings', session, body)
  }

  function get(session: TestSession): Promise<SettingsView> {
    return getJson<SettingsView>(getTestApp().app, '/v1/settings', session)
  }

  it('starts from the defaults at version 0', async () => {
    const settings = await get(memberSession)

    expect(settings.version).toBe(0)
    expect(settings.defaults).toEqual(defaultSettings())
    expect(settings.locks).toEqual([])
    expect(settings.effective.map((setting) => setting.key)).toEqual(SETTING_KEYS)
    expect(settings.catalogue.map((field) => field.key)).toContain('firstName')
  })

  it('lets an admin save defaults and locks', async () => {
    const defaults = defaultSettings()
    defaults.general.doNotMerge = true
    const response = await put(admin, { defaults, locks: ['sync.syncOn'], expectedVersion: 0 })
    const settings = await readJsonAs<SettingsView>(response)

    expect(response.status).toBe(200)
    expect(settings.version).toBe(1)
    expect(settings.defaults.general.doNotMerge).toBe(true)
    expect(settings.locks).toEqual(['sync.syncOn'])
  })

  it('forbids members to change defaults or locks', async () => {
    const current = await get(memberSession)
    const changedDefaults = {
      ...current.defaults,
      general: { ...current.defaults.general, doNotMerge: false },
    }

    const defaultsResponse = await put(memberSession, { defaults: changedDefaults })
    const locksResponse = await put(memberSession, { locks: [] })

    expect(defaultsResponse.status).toBe(403)
    expect((await readError(defaultsResponse)).code).toBe('forbidden')
    expect(locksResponse.status).toBe(403)
    expect((await get(memberSession)).version).toBe(current.version)
  })

  it('accepts unchanged defaults from a member', async () => {
    const current = await get(memberSession)
    const response = await put(memberSession, { defaults: current.defaults, locks: current.locks })

    expect(response.status).toBe(200)
    expect((await get(memberSession)).version).toBe(current.version)
  })

  it('rejects an override of a locked setting', async () => {
    const response = await put(memberSession, {
      overrides: { 'sync.syncOn': 'reply', 'general.doNotMerge': false },
    })
    const error = await readError(response)

    expect(response.status).toBe(409)
    expect(error.code).toBe('setting_locked')
    expect(error.errors).toEqual([
      { path: 'overrides.sync.syncOn', message: 'is locked by an admin' },
    ])
    expect((await get(memberSession)).overrides).toEqual({})
  })

  it('saves an override of an unlocked setting', async () => {
    const response = await put(memberSession, { overrides: { 'general.doNotMerge': false } })
    const settings = await readJsonAs<SettingsView>(response)
    const effective = settings.effective.find((setting) => setting.key === 'general.doNotMerge')

    expect(response.status).toBe(200)
    expect(settings.overrides).toEqual({ 'general.doNotMerge': false })
    expect(effective).toMatchObject({ value: false, source: 'override' })
    expect((await get(admin)).overrides).toEqual({})
  })

  it('names each invalid default', async () => {
    const defaults = defaultSettings()
    defaults.sync.mandatoryFields = ['firstName', 'noSuchField']
    defaults.fieldMapping.stringVariables.jobTitle = 'notAField'
    const response = await put(admin, { defaults, locks: [] })
    const error = await readError(response)
    const paths = (error.errors ?? []).map((issue) => issue.path)

    expect(response.status).toBe(400)
    expect(error.code).toBe('invalid_settings')
    expect(paths).toContain('defaults.sync.mandatoryFields.1')
    expect(paths).toContain('defaults.fieldMapping.stringVariables.jobTitle')
  })

  it('names schema errors in the body', async () => {
    const response = await put(admin, {
      defaults: { general: { doNotMerge: 'yes' } },
      locks: ['no.such'],
    })
    const error = await readError(response)
    const paths = (error.errors ?? []).map((issue) => issue.path)

    expect(response.status).toBe(400)
    expect(paths).toContain('defaults.general.doNotMerge')
    expect(paths).toContain('locks.0')
  })

  it('names an invalid override', async () => {
    const response = await put(memberSession, { overrides: { 'sync.mandatoryFields': ['status'] } })
    const error = await readError(response)

    expect(response.status).toBe(400)
    expect(error.errors?.map((issue) => issue.path)).toEqual(['overrides.sync.mandatoryFields.0'])
  })

  it('rejects a save over a newer version', async () => {
    const current = await get(admin)
    const response = await put(admin, {
      defaults: defaultSettings(),
      locks: [],
      expectedVersion: current.version - 1,
    })

    expect(response.status).toBe(409)
    expect((await readError(response)).code).toBe('settings_version_conflict')
  })

  it('requires the CSRF token for a cookie save', async () => {
    const response = await getTestApp().app.request('/v1/settings', {
      method: 'PUT',
      headers: { Cookie: admin.cookie },
      body: JSON.stringify({ overrides: {} }),
    })

    expect(response.status).toBe(403)
    expect((await readError(response)).code).toBe('csrf_token_invalid')
  })

  it('lists history and rolls back to the exact earlier version', async () => {
    const versionOne = await get(admin)
    const changed = defaultSettings()
    changed.sync.protectedFields = ['biography']
    changed.general.companyWarning = { mode: 'similar', threshold: 0.9 }
    await put(admin, { defaults: changed, locks: ['general.doNotMerge'] })

    const rollback = await getTestApp().app.request('/v1/settings/rollback', {
      method: 'POST',
      headers: admin.headers,
      body: JSON.stringify({ version: versionOne.version }),
    })
    const restored = await get(admin)
    const historyResponse = await getTestApp().app.request('/v1/settings/history', {
      headers: { Cookie: admin.cookie },
    })
    const history = await readJsonAs<HistoryView>(historyResponse)

    expect(rollback.status).toBe(201)
    expect(restored.version).toBe(versionOne.version + 2)
    expect(restored.defaults).toEqual(versionOne.defaults)
    expect(restored.locks).toEqual(versionOne.locks)
    expect(history.versions.map((entry) => entry.version)).toEqual([3, 2, 1])
    expect(history.versions[0]?.note).toBe('rollback to version 1')
    expect(history.versions[0]?.author?.id).toBe(created.admin.id)
    expect(history.versions[1]?.changes.map((change) => change.key)).toEqual([
      'general.doNotMerge',
      'general.companyWarning',
      'sync.protectedFields',
      'general.doNotMerge',
      'sync.syncOn',
    ])
    expect(history.versions[2]?.changes).toEqual([
      { kind: 'value', key: 'general.doNotMerge', before: false, after: true },
      { kind: 'lock', key: 'sync.syncOn', before: false, after: true },
    ])
    expect(history.nextBefore).toBeNull()
  })

  it('pages the history', async () => {
    const response = await getTestApp().app.request('/v1/settings/history?limit=1&before=3', {
      headers: { Cookie: admin.cookie },
    })
    const history = await readJsonAs<HistoryView>(response)

    expect(history.versions.map((entry) => entry.version)).toEqual([2])
    expect(history.versions[0]?.changes.length).toBe(5)
    expect(history.nextBefore).toBe(2)
  })

  it('forbids members to roll back', async () => {
    const response = await getTestApp().app.request('/v1/settings/rollback', {
      method: 'POST',
      headers: memberSession.headers,
      body: JSON.stringify({ version: 1 }),
    })

    expect(response.status).toBe(403)
  })

  it("rejects another team's version with 404", async () => {
    const other = await getTestApp().createTeam()
    const otherAdmin = await signIn(getTestApp().app, other.admin.email)
    const response = await getTestApp().app.request('/v1/settings/rollback', {
      method: 'POST',
      headers: otherAdmin.headers,
      body: JSON.stringify({ version: 2 }),
    })

    expect(response.status).toBe(404)
    expect((await get(otherAdmin)).version).toBe(0)
  })
})
