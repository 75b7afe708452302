import { describe, expect, it } from 'vitest'

import type { EventType, OutreachChannel } from '../schemas/event.js'
import { defaultSettings, type SettingsDocument, type SyncTrigger } from '../settings/schema.js'
import { selectBackfillNotes, type DeferredNote } from './backfill.js'
import { decideEvent } from './decide-event.js'
import { outreachTypeOf } from './outreach-type.js'

function event(type: EventType, channel: OutreachChannel | null = null) {
  return { type, outreach: channel === null ? null : { channel } }
}

function settingsWith(change: (settings: SettingsDocument) => void): SettingsDocument {
  const settings = defaultSettings()
  change(settings)
  return settings
}

const notLinked = { crmPersonId: null, syncedByUs: false }
const syncedLink = { crmPersonId: 'crm_1', syncedByUs: true }

describe('outreachTypeOf', () => {
  it.each([
    { type: 'outreach.sent', channel: 'linkedin_inmail', expected: 'linkedin_inmail' },
    { type: 'person.replied', channel: 'email', expected: 'reply' },
    { type: 'person.interested', channel: null, expected: 'interested' },
    { type: 'person.added_to_campaign', channel: null, expected: null },
    { type: 'person.not_interested', channel: null, expected: null },
  ] as const)('maps $type to $expected', ({ type, channel, expected }) => {
    expect(outreachTypeOf(event(type, channel))).toBe(expected)
  })
})

describe('decideEvent sync', () => {
  it.each([
    { syncOn: 'add', type: 'person.added_to_campaign', now: true },
    { syncOn: 'add', type: 'outreach.sent', now: true },
    { syncOn: 'add', type: 'person.not_interested', now: false },
    { syncOn: 'reply', type: 'person.added_to_campaign', now: false },
    { syncOn: 'reply', type: 'outreach.sent', now: false },
    { syncOn: 'reply', type: 'person.replied', now: true },
    { syncOn: 'reply', type: 'person.interested', now: true },
    { syncOn: 'interested', type: 'person.replied', now: false },
    { syncOn: 'interested', type: 'person.interested', now: true },
    { syncOn: 'interested', type: 'person.not_interested', now: false },
  ] as { syncOn: SyncTrigger; type: EventType; now: boolean }[])(
    '$syncOn on $type is $now',
    ({ syncOn, type, now }) => {
      const settings = settingsWith((s) => (s.sync.syncOn = syncOn))

      const decision = decideEvent({
        event: event(type, 'email'),
        settings,
        link: notLinked,
        existingMatch: false,
      })

      expect(decision.sync.now).toBe(now)
      expect(decision.sync.reason).not.toBe('')
    },
  )

  it('does not push a synced person again', () => {
    const decision = decideEvent({
      event: event('person.interested'),
      settings: defaultSettings(),
      link: syncedLink,
      existingMatch: true,
    })

    expect(decision.sync).toEqual({
      now: false,
      reason: 'talent-sync already pushed this person to the CRM',
    })
  })
})

describe('decideEvent note', () => {
  it.each([
    {
      name: 'synced person',
      link: syncedLink,
      syncOn: 'reply',
      onlySynced: true,
      backfill: true,
      match: false,
      kind: 'write',
    },
    {
      name: 'being synced',
      link: notLinked,
      syncOn: 'add',
      onlySynced: true,
      backfill: true,
      match: false,
      kind: 'write',
    },
    {
      name: 'existing match allowed',
      link: notLinked,
      syncOn: 'reply',
      onlySynced: false,
      backfill: true,
      match: true,
      kind: 'write',
    },
    {
      name: 'linked, not ours',
      link: { crmPersonId: 'crm_9', syncedByUs: false },
      syncOn: 'reply',
      onlySynced: false,
      backfill: false,
      match: false,
      kind: 'write',
    },
    {
      name: 'match, synced only',
      link: notLinked,
      syncOn: 'reply',
      onlySynced: true,
      backfill: true,
      match: true,
      kind: 'defer',
    },
    {
      name: 'no match, backfill',
      link: notLinked,
      syncOn: 'reply',
      onlySynced: false,
      backfill: true,
      match: false,
      kind: 'defer',
    },
    {
      name: 'no match, no backfill',
      link: notLinked,
      syncOn: 'reply',
      onlySynced: false,
      backfill: false,
      match: false,
      kind: 'skip',
    },
  ] as const)('$kind for $name', ({ link, syncOn, onlySynced, backfill, match, kind }) => {
    const settings = settingsWith((s) => {
      s.sync.syncOn = syncOn
      s.sync.onlyNotesForSyncedRecords = onlySynced
      s.sync.backfillNotesOnFirstSync = backfill
    })

    const decision = decideEvent({
      event: event('outreach.sent', 'email'),
      settings,
      link,
      existingMatch: match,
    })

    expect(decision.note.kind).toBe(kind)
    expect(decision.note.outreachType).toBe('email')
  })

  it('defers instead of noting a match when merging is off', () => {
    const settings = settingsWith((s) => {
      s.general.doNotMerge = true
      s.sync.syncOn = 'reply'
      s.sync.onlyNotesForSyncedRecords = false
    })

    const decision = decideEvent({
      event: event('outreach.sent', 'email'),
      settings,
      link: notLinked,
      existingMatch: true,
    })

    expect(decision.note.kind).toBe('defer')
  })

  it('skips types not chosen', () => {
    const decision = decideEvent({
      event: event('outreach.sent', 'sms'),
      settings: defaultSettings(),
      link: syncedLink,
      existingMatch: false,
    })

    expect(decision.note).toEqual({
      kind: 'skip',
      outreachType: 'sms',
      reason: 'notes upon sms are turned off',
    })
  })

  it('skips events without outreach', () => {
    const decision = decideEvent({
      event: event('person.added_to_campaign'),
      settings: defaultSettings(),
      link: syncedLink,
      existingMatch: false,
    })

    expect(decision.note.kind).toBe('skip')
    expect(decision.note.outreachType).toBeUndefined()
  })
})

describe('selectBackfillNotes', () => {
  const deferred: DeferredNote[] = [
    {
      eventId: 'evt_3',
      occurredAt: '2026-12-03T09:00:00Z',
      outreachType: 'reply',
      alreadyWrittenToExisting: false,
    },
    {
      eventId: 'evt_1',
      occurredAt: '2026-12-01T09:00:00+02:00',
      outreachType: 'email',
      alreadyWrittenToExisting: false,
    },
    {
      eventId: 'evt_2',
      occurredAt: '2026-12-01T08:00:00Z',
      outreachType: 'email',
      alreadyWrittenToExisting: true,
    },
    {
      eventId: 'evt_1',
      occurredAt: '2026-12-01T09:00:00+02:00',
      outreachType: 'email',
      alreadyWrittenToExisting: false,
    },
    {
      eventId: 'evt_4',
      occurredAt: '2026-12-02T09:00:00Z',
      outreachType: 'sms',
      alreadyWrittenToExisting: false,
    },
  ]

  it('selects oldest first, once each', () => {
    const selected = selectBackfillNotes(deferred, defaultSettings())

    expect(selected.map((note) => note.eventId)).toEqual(['evt_1', 'evt_3'])
  })

  it('selects nothing with backfill off', () => {
    const settings = settingsWith((s) => (s.sync.backfillNotesOnFirstSync = false))

    expect(selectBackfillNotes(deferred, settings)).toEqual([])
  })
})
