import { describe, expect, it } from 'vitest'

import { toFieldIssues } from '../schemas/issues.js'
import { InvalidInputError } from '../normalize/invalid-input-error.js'
import { settingValueSchema, type SettingKey } from './keys.js'
import {
  describeEffectiveSettings,
  findLockedOverrides,
  resolveSettings,
  SettingsLockedError,
} from './resolve.js'
import { defaultTeamSettings, teamSettingsSchema, userOverridesSchema } from './team.js'

function teamWithLocks(...locks: SettingKey[]) {
  return { ...defaultTeamSettings(), locks }
}

describe('resolveSettings', () => {
  it('returns the team defaults when there is no override', () => {
    const team = defaultTeamSettings()

    const { settings, sources } = resolveSettings(team)

    expect(settings).toEqual(team.defaults)
    expect(Object.values(sources).every((source) => source === 'team')).toBe(true)
  })

  it('applies an override of an unlocked setting', () => {
    const { settings, sources } = resolveSettings(teamWithLocks('general.doNotMerge'), {
      'sync.syncOn': 'interested',
    })

    expect(settings.sync.syncOn).toBe('interested')
    expect(sources['sync.syncOn']).toBe('override')
    expect(sources['general.doNotMerge']).toBe('team')
  })

  it('rejects an override of a locked setting', () => {
    const team = teamWithLocks('sync.syncOn', 'general.doNotMerge')

    const resolve = () =>
      resolveSettings(team, { 'sync.syncOn': 'reply', 'general.doNotMerge': true })

    expect(resolve).toThrow(SettingsLockedError)
    try {
      resolve()
    } catch (error) {
      expect((error as SettingsLockedError).code).toBe('setting_locked')
      expect((error as SettingsLockedError).keys).toEqual(['general.doNotMerge', 'sync.syncOn'])
    }
  })

  it('does not change the team document', () => {
    const team = defaultTeamSettings()
    const before = structuredClone(team)

    resolveSettings(team, { 'sync.protectedFields': ['biography'] })

    expect(team).toEqual(before)
  })

  it('keeps an override value apart from the caller object', () => {
    const overrides = { 'sync.protectedFields': ['biography'] }

    const { settings } = resolveSettings(defaultTeamSettings(), overrides)
    overrides['sync.protectedFields'].push('tags')

    expect(settings.sync.protectedFields).toEqual(['biography'])
  })
})

describe('findLockedOverrides', () => {
  it('lists only locked settings that are overridden', () => {
    const locked = findLockedOverrides(['sync.syncOn', 'general.doNotMerge'], {
      'sync.syncOn': 'reply',
      'sync.mandatoryFields': [],
    })

    expect(locked).toEqual(['sync.syncOn'])
  })
})

describe('describeEffectiveSettings', () => {
  it('shows team value, override, lock and the value that applies', () => {
    const team = teamWithLocks('general.doNotMerge')
    const rows = describeEffectiveSettings(team, {
      'general.doNotMerge': true,
      'sync.syncOn': 'reply',
    })

    const doNotMerge = rows.find((row) => row.key === 'general.doNotMerge')
    const syncOn = rows.find((row) => row.key === 'sync.syncOn')
    expect(doNotMerge).toMatchObject({ locked: true, value: false, source: 'team' })
    expect(doNotMerge?.overrideValue).toBe(true)
    expect(syncOn).toMatchObject({
      locked: false,
      teamValue: 'add',
      value: 'reply',
      source: 'override',
    })
  })
})

describe('teamSettingsSchema', () => {
  it('fills every default from an empty document', () => {
    const team = teamSettingsSchema.parse({ defaults: {} })

    expect(team.locks).toEqual([])
    expect(team.defaults.sync.syncOn).toBe('add')
    expect(team.defaults.fieldMapping.listVariables.emails).toEqual(['emailAddresses'])
  })

  it.each<[string, unknown, string]>([
    ['an unknown lock', { defaults: {}, locks: ['sync.nothing'] }, 'locks.0'],
    ['a repeated lock', { defaults: {}, locks: ['sync.syncOn', 'sync.syncOn'] }, 'locks'],
    ['an unknown section', { defaults: { billing: {} } }, 'defaults.billing'],
    [
      'an unknown general setting',
      { defaults: { general: { merge: true } } },
      'defaults.general.merge',
    ],
    [
      'a threshold too low',
      { defaults: { general: { companyWarning: { threshold: 0.1 } } } },
      'defaults.general.companyWarning.threshold',
    ],
    [
      'an unknown note type',
      { defaults: { general: { createNotesUpon: ['fax'] } } },
      'defaults.general.createNotesUpon.0',
    ],
    ['an unknown trigger', { defaults: { sync: { syncOn: 'never' } } }, 'defaults.sync.syncOn'],
    [
      'a repeated field',
      { defaults: { sync: { protectedFields: ['tags', 'tags'] } } },
      'defaults.sync.protectedFields',
    ],
    [
      'a bad variable',
      {
        defaults: {
          fieldMapping: {
            stringVariables: { nickname: 'nickName' },
            listVariables: {},
            socialUrls: {},
          },
        },
      },
      'defaults.fieldMapping.stringVariables.nickname',
    ],
    [
      'an unknown social kind',
      {
        defaults: {
          fieldMapping: {
            stringVariables: {},
            listVariables: {},
            socialUrls: { myspace: 'webSites' },
          },
        },
      },
      'defaults.fieldMapping.socialUrls.myspace',
    ],
  ])('rejects %s', (_case, input, path) => {
    const result = teamSettingsSchema.safeParse(input)

    expect(result.success).toBe(false)
    const paths = toFieldIssues(result.error!).map((issue) => issue.path)
    expect(paths).toContain(path)
  })
})

describe('userOverridesSchema', () => {
  it('accepts a valid override', () => {
    expect(userOverridesSchema.parse({ 'sync.syncOn': 'reply' })).toEqual({
      'sync.syncOn': 'reply',
    })
  })

  it('rejects an unknown setting and a bad value', () => {
    const result = userOverridesSchema.safeParse({ 'sync.syncOn': 'never', colour: 'blue' })

    expect(result.success).toBe(false)
    const codes = result.error!.issues.map((issue) => issue.code).sort()
    expect(codes).toEqual(['invalid_value', 'unrecognized_keys'])
  })
})

describe('settingValueSchema', () => {
  it('returns the schema without its default', () => {
    expect(settingValueSchema('sync.syncOn').safeParse(undefined).success).toBe(false)
    expect(settingValueSchema('sync.syncOn').parse('reply')).toBe('reply')
  })

  it('rejects an unknown key with a code', () => {
    const call = () => settingValueSchema('sync.colour' as SettingKey)

    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(expect.objectContaining({ code: 'unknown_setting', field: 'key' }))
  })
})
