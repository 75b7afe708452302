import { describe, expect, it } from 'vitest'

import { computeNoteKey, findNoteKey } from './note-key.js'

const KEY = computeNoteKey('team_1', 'p_123', 'evt_9')

describe('computeNoteKey', () => {
  it('returns 32 hex digits', () => {
    expect(KEY).toMatch(/^[0-9a-f]{32}$/)
  })

  it('is stable', () => {
    expect(computeNoteKey('team_1', 'p_123', 'evt_9')).toBe(KEY)
  })

  // Notes already in CRMs carry keys computed with node:crypto's SHA-256, so the values must not
  // change with the hash implementation. These were computed with node:crypto.
  it.each([
    [['team_1', 'p_123', 'evt_9'], '9fd3c3278942a204b379aad5a965fd2e'],
    [['équipe', 'p_ü', 'evt_😀'], '58d352f3552cdafba3f4567a1ce165aa'],
  ] as const)('keeps the key of %j', ([teamId, personId, eventId], expected) => {
    expect(computeNoteKey(teamId, personId, eventId)).toBe(expected)
  })

  it.each([
    ['team_2', 'p_123', 'evt_9'],
    ['team_1', 'p_124', 'evt_9'],
    ['team_1', 'p_123', 'evt_10'],
    ['team_1p', '_123', 'evt_9'],
    ['team_1', 'p_123evt_9', ''],
  ])('differs for %j, %j, %j', (teamId, personId, eventId) => {
    expect(computeNoteKey(teamId, personId, eventId)).not.toBe(KEY)
  })
})

describe('findNoteKey', () => {
  it.each([
    ['double-quoted attribute', `<div data-talent-sync-key="${KEY}"><p>x</p></div>`],
    ['single-quoted attribute', `<div data-talent-sync-key='${KEY}'>x</div>`],
    ['bare attribute', `<div data-talent-sync-key=${KEY}>x</div>`],
    ['spaced attribute', `<div data-talent-sync-key = "${KEY}">x</div>`],
    ['escaped attribute', `&lt;div data-talent-sync-key=&quot;${KEY}&quot;&gt;`],
    ['upper-case attribute', `<DIV DATA-TALENT-SYNC-KEY="${KEY.toUpperCase()}">x</DIV>`],
    ['text marker', `Email sent\nCampaign: VP\n[ts:${KEY}]`],
    ['marker in paragraph', `<p>Email sent</p><p>[ts:${KEY}]</p>`],
  ])('reads the key from a %s', (_case, html) => {
    expect(findNoteKey(html)).toBe(KEY)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['note without key', '<p>Called about the role</p>'],
    ['short key', '<div data-talent-sync-key="abc123">x</div>'],
    ['long key', `<div data-talent-sync-key="${KEY}0">x</div>`],
    ['non-hex key', `[ts:${'z'.repeat(32)}]`],
    ['other attribute', `<div data-key="${KEY}">x</div>`],
  ])('returns null for %s', (_case, html) => {
    expect(findNoteKey(html)).toBeNull()
  })
})
