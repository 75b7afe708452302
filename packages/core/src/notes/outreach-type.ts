import type { EventType, OutreachChannel, OutreachType } from '../schemas/event.js'

/**
 * Maps an event to the outreach type of the note it writes: the channel of an
 * `outreach.sent` event, `reply` for `person.replied` and `interested` for
 * `person.interested`. A worker compares the result with the "create notes
 * upon" setting before it builds the note.
 *
 * @returns The outreach type, or `null` for events that write no note
 *   (`person.added_to_campaign`, `person.not_interested`) and for an
 *   `outreach.sent` event without a channel.
 * @example
 * ```ts
 * outreachTypeOfEvent('outreach.sent', 'linkedin_inmail') // "linkedin_inmail"
 * outreachTypeOfEvent('person.replied', 'email')          // "reply"
 * ```
 */
export function outreachTypeOfEvent(
  eventType: EventType,
  channel?: OutreachChannel | null,
): OutreachType | null {
  switch (eventType) {
    case 'outreach.sent':
      return channel ?? null
    case 'person.replied':
      return 'reply'
    case 'person.interested':
      return 'interested'
    default:
      return null
  }
}
