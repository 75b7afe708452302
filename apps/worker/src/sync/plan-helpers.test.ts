import { computeNoteKey, type CrmOperation } from '@talent-sync/core'
import { describe, expect, it } from 'vitest'

import { journalKeyOf } from './execute-plan.js'
import { buildNotes } from './sync-person.js'

describe('journalKeyOf', () => {
  it('keeps the step key of creates, entries and notes', () => {
    const create: CrmOperation = { kind: 'create_person', stepKey: 'person:create', fields: {} }
    expect(journalKeyOf(create)).toBe('person:create')
  })

  it('gives updates with other fields other keys', () => {
    const update = (title: string): CrmOperation => ({
      kind: 'update_person',
      stepKey: 'person:update',
      crmPersonId: 'crm_1',
      fields: { nickName: { type: 'text', value: title } },
    })

    expect(journalKeyOf(update('Ada'))).toBe(journalKeyOf(update('Ada')))
    expect(journalKeyOf(update('Ada'))).not.toBe(journalKeyOf(update('Addy')))
    expect(journalKeyOf(update('Ada'))).toMatch(/^person:update:[0-9a-f]{16}$/)
  })
})

describe('buildNotes', () => {
  const input = (eventId: string, occurredAt: string) => ({
    eventType: 'person.replied' as const,
    occurredAt,
    teamId: 'team_a',
    personId: 'p_1',
    eventId,
    outreach: { channel: 'email' as const },
  })

  it('orders notes oldest first and drops repeats', () => {
    const notes = buildNotes([
      input('evt_late', '2026-12-02T10:00:00Z'),
      input('evt_early', '2026-12-01T10:00:00Z'),
      input('evt_late', '2026-12-02T10:00:00Z'),
    ])

    expect(notes.map((note) => note.idempotencyKey)).toEqual([
      computeNoteKey('team_a', 'p_1', 'evt_early'),
      computeNoteKey('team_a', 'p_1', 'evt_late'),
    ])
  })
})
