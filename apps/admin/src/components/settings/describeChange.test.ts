import { describe, expect, it } from 'vitest'

import { describeChange } from './describeChange.js'

const CATALOGUE = [
  { key: 'nickName', label: 'Nickname' },
  { key: 'webSites', label: 'Web sites' },
]

describe('describeChange', () => {
  it('lists only the changed mapping rows', () => {
    const lines = describeChange(
      {
        kind: 'value',
        key: 'fieldMapping.stringVariables',
        before: { firstName: 'firstName', headline: null },
        after: { firstName: 'firstName', headline: 'nickName' },
      },
      CATALOGUE,
    )

    expect(lines).toEqual([
      { label: 'String variables, Headline', before: 'not mapped', after: 'Nickname' },
    ])
  })

  it.each([
    [
      { kind: 'value', key: 'fieldMapping.socialUrls', before: { github: 'webSites' }, after: {} },
      [{ label: 'Social URLs, GitHub', before: 'Web sites', after: 'not mapped' }],
    ],
    [
      { kind: 'value', key: 'sync.syncOn', before: 'add', after: 'reply' },
      [
        {
          label: 'When adding to a campaign, sync',
          before: 'On add to the campaign',
          after: 'On reply',
        },
      ],
    ],
    [
      { kind: 'lock', key: 'general.doNotMerge', before: false, after: true },
      [{ label: 'Do not merge with existing contacts', before: null, after: 'Locked for members' }],
    ],
  ] as const)('describes %j', (change, expected) => {
    expect(describeChange(change, CATALOGUE)).toEqual(expected)
  })
})
