import { describe, expect, it } from 'vitest'

import { deepEqual, diffTeamSettings } from './diff.js'
import { defaultTeamSettings } from './team.js'

describe('diffTeamSettings', () => {
  it('finds no change between equal versions', () => {
    expect(diffTeamSettings(defaultTeamSettings(), defaultTeamSettings())).toEqual([])
  })

  it('lists changed values before changed locks', () => {
    const before = defaultTeamSettings()
    const after = defaultTeamSettings()
    after.defaults.sync.syncOn = 'reply'
    after.defaults.general.companyWarning = { mode: 'similar', threshold: 0.9 }
    after.locks = ['sync.syncOn']

    expect(diffTeamSettings(before, after)).toEqual([
      {
        kind: 'value',
        key: 'general.companyWarning',
        before: { mode: 'exact', threshold: 0.85 },
        after: { mode: 'similar', threshold: 0.9 },
      },
      { kind: 'value', key: 'sync.syncOn', before: 'add', after: 'reply' },
      { kind: 'lock', key: 'sync.syncOn', before: false, after: true },
    ])
  })

  it('reports a removed lock', () => {
    const before = { ...defaultTeamSettings(), locks: ['general.doNotMerge' as const] }

    expect(diffTeamSettings(before, defaultTeamSettings())).toEqual([
      { kind: 'lock', key: 'general.doNotMerge', before: true, after: false },
    ])
  })

  it('reports a changed mapping row as a change of its group', () => {
    const after = defaultTeamSettings()
    after.defaults.fieldMapping.stringVariables.headline = 'biography'

    const changes = diffTeamSettings(defaultTeamSettings(), after)

    expect(changes.map((change) => change.key)).toEqual(['fieldMapping.stringVariables'])
  })
})

describe('deepEqual', () => {
  it.each<[unknown, unknown, boolean]>([
    [1, 1, true],
    ['a', 'b', false],
    [null, null, true],
    [null, {}, false],
    [[1, 2], [1, 2], true],
    [[1, 2], [2, 1], false],
    [{ a: 1, b: 2 }, { b: 2, a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1 }, true],
    [{ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] }, false],
    [[], {}, false],
  ])('compares %j and %j as %s', (a, b, expected) => {
    expect(deepEqual(a, b)).toBe(expected)
  })
})
