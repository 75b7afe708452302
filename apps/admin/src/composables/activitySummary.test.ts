import { describe, expect, it } from 'vitest'

import type { ActivityEntry } from '../api/types.js'
import { countPerDay, measureBackfill, personOf } from './activitySummary.js'

function entry(overrides: Partial<ActivityEntry>): ActivityEntry {
  return {
    id: 'act_1',
    kind: 'synced',
    status: 'ok',
    userId: 'user_1',
    platformPersonId: 'p_1',
    eventId: 'evt_1',
    reasons: [],
    details: {},
    createdAt: '2026-12-03T10:00:00.000Z',
    ...overrides,
  }
}

describe('countPerDay', () => {
  it('counts syncs and failures per day', () => {
    const entries = [
      entry({ kind: 'synced', createdAt: '2026-12-03T23:59:59.000Z' }),
      entry({ kind: 'synced', createdAt: '2026-12-03T00:00:00.000Z' }),
      entry({ kind: 'failed', createdAt: '2026-12-02T12:00:00.000Z' }),
      entry({ kind: 'note_written', createdAt: '2026-12-02T12:00:00.000Z' }),
      entry({ kind: 'synced', createdAt: '2026-11-01T12:00:00.000Z' }),
    ]

    const days = countPerDay(entries, 3, new Date('2026-12-03T08:00:00.000Z'))

    expect(days).toEqual([
      { date: '2026-12-01', synced: 0, failed: 0 },
      { date: '2026-12-02', synced: 0, failed: 1 },
      { date: '2026-12-03', synced: 2, failed: 0 },
    ])
  })
})

describe('measureBackfill', () => {
  it('sums written and waiting notes', () => {
    const entries = [
      entry({ kind: 'synced', details: { backfilledNotes: 3 } }),
      entry({ kind: 'synced', details: { backfilledNotes: 0 } }),
      entry({ kind: 'skipped', status: 'open', details: { deferredNote: { eventId: 'e' } } }),
      entry({ kind: 'skipped', status: 'resolved', details: { deferredNote: { eventId: 'f' } } }),
      entry({ kind: 'skipped', status: 'ok', details: {} }),
    ]

    expect(measureBackfill(entries)).toEqual({ written: 3, waiting: 1 })
  })
})

describe('personOf', () => {
  it.each([
    [{ details: { person: { firstName: 'Zoë', lastName: "O'Brien" } } }, "Zoë O'Brien"],
    [{ details: { job: { event: { person: { firstName: '王小明' } } } } }, '王小明'],
    [{ details: {}, platformPersonId: 'p_42' }, 'p_42'],
    [{ details: {}, platformPersonId: null }, 'Unknown person'],
  ] as const)('names %j', (overrides, expected) => {
    expect(personOf(entry(overrides as Partial<ActivityEntry>))).toBe(expected)
  })
})
