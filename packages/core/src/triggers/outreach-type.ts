import { outreachTypeOfEvent } from '../notes/outreach-type.js'
import type { OutreachType, PlatformEvent } from '../schemas/event.js'

/**
 * Returns the outreach type of an event: the channel of `outreach.sent`,
 * `reply` for `person.replied`, `interested` for `person.interested`, and
 * `null` for events that record no outreach.
 */
export function outreachTypeOf(
  event: Pick<PlatformEvent, 'type' | 'outreach'>,
): OutreachType | null {
  return outreachTypeOfEvent(event.type, event.outreach?.channel)
}
