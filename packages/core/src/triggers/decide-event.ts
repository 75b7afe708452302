import type { OutreachType, PlatformEvent } from '../schemas/event.js'
import type { SettingsDocument, SyncTrigger } from '../settings/schema.js'
import { outreachTypeOf } from './outreach-type.js'

/** Link between a platform person and the CRM before the event is handled. */
export interface PersonLink {
  /** The CRM person the platform person is linked to, if any. */
  crmPersonId: string | null
  /** Whether talent-sync itself pushed that CRM person. */
  syncedByUs: boolean
}

/** Input of {@link decideEvent}. */
export interface DecideEventInput {
  event: Pick<PlatformEvent, 'type' | 'outreach'>
  settings: SettingsDocument
  link: PersonLink
  /** Whether a matching person already exists in the CRM (found by the matcher); ignored when `general.doNotMerge` is on. */
  existingMatch: boolean
}

/** Decision about the note of an event. */
export interface NoteDecision {
  /** `write` now, `defer` until the first sync, or `skip`. */
  kind: 'write' | 'defer' | 'skip'
  outreachType?: OutreachType
  reason: string
}

/** Decision about one event: whether to sync now, and what to do with its note. */
export interface EventDecision {
  sync: { now: boolean; reason: string }
  note: NoteDecision
}

const TRIGGERING_EVENTS: Readonly<Record<SyncTrigger, readonly string[]>> = {
  add: ['person.added_to_campaign', 'outreach.sent', 'person.replied', 'person.interested'],
  reply: ['person.replied', 'person.interested'],
  interested: ['person.interested'],
}

const TRIGGER_LABELS: Readonly<Record<SyncTrigger, string>> = {
  add: 'added to a campaign',
  reply: 'a reply',
  interested: 'interest',
}

/**
 * Decides whether an event syncs the person now and what happens to its
 * note, with plain-English reasons.
 *
 * Sync: a person talent-sync already pushed is not pushed again. Otherwise
 * `sync.syncOn` decides: `add` syncs on any event from
 * `person.added_to_campaign` on, `reply` on a reply or interest, and
 * `interested` on interest only. `person.not_interested` never syncs.
 *
 * Note: only outreach types in `general.createNotesUpon` have notes. The
 * note is written now when the person is, or is being, synced by
 * talent-sync. With `sync.onlyNotesForSyncedRecords` off, it is also written
 * to a CRM person that already exists, but no person is created for it. An
 * existing person is a linked one, or a matched one while
 * `general.doNotMerge` is off. Otherwise the note is deferred to the first
 * sync when `sync.backfillNotesOnFirstSync` is on, or skipped.
 */
export function decideEvent(input: DecideEventInput): EventDecision {
  const sync = decideSync(input)
  return { sync, note: decideNote(input, sync.now) }
}

function decideSync({ event, settings, link }: DecideEventInput): EventDecision['sync'] {
  if (link.syncedByUs) {
    return { now: false, reason: 'talent-sync already pushed this person to the CRM' }
  }
  if (event.type === 'person.not_interested') {
    return { now: false, reason: 'a person marked not interested is never pushed' }
  }

  const trigger = settings.sync.syncOn
  if (TRIGGERING_EVENTS[trigger].includes(event.type)) {
    return {
      now: true,
      reason: `${event.type} meets the "sync on ${TRIGGER_LABELS[trigger]}" setting`,
    }
  }
  return {
    now: false,
    reason: `people are pushed on ${TRIGGER_LABELS[trigger]}, and ${event.type} is not that`,
  }
}

function decideNote(input: DecideEventInput, syncingNow: boolean): NoteDecision {
  const { event, settings, link, existingMatch } = input
  const outreachType = outreachTypeOf(event)
  if (outreachType === null) return { kind: 'skip', reason: `${event.type} events have no note` }

  if (!settings.general.createNotesUpon.includes(outreachType)) {
    return { kind: 'skip', outreachType, reason: `notes upon ${outreachType} are turned off` }
  }
  if (link.syncedByUs) {
    return { kind: 'write', outreachType, reason: 'the person was pushed by talent-sync' }
  }
  if (syncingNow) {
    return { kind: 'write', outreachType, reason: 'the person is being pushed by talent-sync now' }
  }

  // With `general.doNotMerge` on, the push creates a new person, so a
  // matched record is not this person's record and gets no notes.
  const matchCounts = existingMatch && !settings.general.doNotMerge
  const existsInCrm = link.crmPersonId !== null || matchCounts
  if (!settings.sync.onlyNotesForSyncedRecords && existsInCrm) {
    return {
      kind: 'write',
      outreachType,
      reason: 'notes also go to a matching person already in the CRM',
    }
  }
  if (settings.sync.backfillNotesOnFirstSync) {
    return {
      kind: 'defer',
      outreachType,
      reason: 'kept until the first push, when earlier notes are backfilled',
    }
  }
  return {
    kind: 'skip',
    outreachType,
    reason: 'the person is not in the CRM yet, and backfilling notes is off',
  }
}
