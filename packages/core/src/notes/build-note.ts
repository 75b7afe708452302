import type { EventType, OutreachChannel, OutreachType } from '../schemas/event.js'
import { timestampSchema } from '../schemas/primitives.js'
import { normalizeText } from '../normalize/text.js'
import { InvalidInputError } from '../normalize/invalid-input-error.js'

import { escapeHtml } from './html.js'
import { computeNoteKey, NOTE_KEY_ATTRIBUTE } from './note-key.js'
import { CHANNEL_LABELS, excerptBody, formatOccurredAt, NOTE_TITLES } from './note-text.js'
import { outreachTypeOfEvent } from './outreach-type.js'

/** Facts of one outreach event for one person, as {@link buildNote} takes them. */
export interface NoteInput {
  /** Type of the platform event; only `outreach.sent`, `person.replied` and `person.interested` write notes. */
  eventType: EventType
  /** ISO 8601 timestamp with `Z` or an offset, such as `2026-12-01T10:00:00Z`. */
  occurredAt: string
  /** Team the event belongs to. */
  teamId: string
  /** Platform person id, such as `p_123`. */
  personId: string
  /** Platform event id, unique per team. */
  eventId: string
  /** Name of the campaign, when the event has one. */
  campaignName?: string | null
  /** Outreach step; its channel is required for `outreach.sent`. */
  outreach?: {
    channel: OutreachChannel
    step?: number | null
    subject?: string | null
    body?: string | null
  } | null
  /** IANA time zone for the time shown in the note, such as `Europe/London`; UTC by default. */
  timeZone?: string | null
}

/** Options of {@link buildNote}. */
export interface BuildNoteOptions {
  /** Maximum length of the body excerpt in characters; defaults to {@link DEFAULT_EXCERPT_LENGTH}. */
  excerptLength?: number
}

/** A note ready to write to the CRM. */
export interface Note {
  /** Key that identifies the note, from {@link computeNoteKey}. */
  idempotencyKey: string
  /** Outreach type the note records. */
  outreachType: OutreachType
  /** Note body as HTML, with the key embedded for {@link findNoteKey}. */
  html: string
}

/** Default maximum length of the body excerpt, in characters. */
export const DEFAULT_EXCERPT_LENGTH = 500

/**
 * Builds the CRM note for one outreach event: a heading for the outreach type,
 * then the campaign, step, channel (for replies), subject, time of the event
 * and a one-line excerpt of the body, each present only when known. Every
 * value from the input is HTML-escaped.
 *
 * The HTML is one `<div>` whose {@link NOTE_KEY_ATTRIBUTE} attribute carries
 * the idempotency key, and whose last paragraph repeats it as `[ts:<key>]`
 * for CRMs that keep only text. {@link findNoteKey} reads either back.
 *
 * @throws {@link InvalidInputError} `invalid_note_input`, naming the field,
 *   when an id is empty, `occurredAt` is not an ISO 8601 timestamp with a time
 *   zone, the step is not a positive whole number, the excerpt length is not
 *   at least 1, or the event writes no note; `invalid_time_zone` when the time
 *   zone is unknown.
 * @example
 * ```ts
 * const note = buildNote({
 *   eventType: 'outreach.sent',
 *   occurredAt: '2026-12-01T10:00:00Z',
 *   teamId: 'team_1',
 *   personId: 'p_123',
 *   eventId: 'evt_9',
 *   campaignName: 'VP Engineering, London',
 *   outreach: { channel: 'email', step: 2, subject: 'Hello', body: 'Hi Zoë' },
 * })
 * note.outreachType // "email"
 * ```
 */
export function buildNote(input: NoteInput, options: BuildNoteOptions = {}): Note {
  const { outreachType, occurredAt } = validateNoteInput(input, options)
  const idempotencyKey = computeNoteKey(input.teamId, input.personId, input.eventId)
  const excerptLength = options.excerptLength ?? DEFAULT_EXCERPT_LENGTH

  const outreach = input.outreach ?? null
  const fields: [string, string | null][] = [
    ['Campaign', normalizeText(input.campaignName)],
    ['Step', outreach?.step == null ? null : String(outreach.step)],
    ['Channel', outreachType === 'reply' && outreach ? CHANNEL_LABELS[outreach.channel] : null],
    ['Subject', normalizeText(outreach?.subject)],
    ['When', formatOccurredAt(occurredAt, normalizeText(input.timeZone))],
    ['Message', excerptBody(outreach?.body, excerptLength)],
  ]

  const lines = [
    `<div ${NOTE_KEY_ATTRIBUTE}="${idempotencyKey}">`,
    `<p><strong>${escapeHtml(NOTE_TITLES[outreachType])}</strong></p>`,
    ...fields
      .filter((field): field is [string, string] => field[1] !== null)
      .map(([label, value]) => `<p><strong>${label}:</strong> ${escapeHtml(value)}</p>`),
    `<p>[ts:${idempotencyKey}]</p>`,
    '</div>',
  ]

  return { idempotencyKey, outreachType, html: lines.join('\n') }
}

function validateNoteInput(
  input: NoteInput,
  options: BuildNoteOptions,
): { outreachType: OutreachType; occurredAt: Date } {
  for (const field of ['teamId', 'personId', 'eventId'] as const) {
    if (normalizeText(input[field]) === null) rejectField(field, 'must not be empty')
  }

  if (!timestampSchema.safeParse(input.occurredAt).success) {
    rejectField('occurredAt', 'must be an ISO 8601 timestamp with a time zone')
  }

  const step = input.outreach?.step
  if (step != null && (!Number.isInteger(step) || step < 1)) {
    rejectField('outreach.step', 'must be a whole number from 1')
  }

  const excerptLength = options.excerptLength
  if (excerptLength !== undefined && (!Number.isInteger(excerptLength) || excerptLength < 1)) {
    rejectField('excerptLength', 'must be a whole number from 1')
  }

  const outreachType = outreachTypeOfEvent(input.eventType, input.outreach?.channel)
  if (outreachType === null) {
    rejectField(
      'eventType',
      'must be outreach.sent with a channel, person.replied or person.interested',
    )
  }

  return { outreachType, occurredAt: new Date(input.occurredAt) }
}

function rejectField(field: string, problem: string): never {
  throw new InvalidInputError('invalid_note_input', field, `Note input ${field} ${problem}.`)
}
