import type { OutreachChannel, OutreachType } from '../schemas/event.js'
import { normalizeText } from '../normalize/text.js'
import { InvalidInputError } from '../normalize/invalid-input-error.js'

import { htmlToText } from './html.js'

/** Heading of a note for each outreach type. */
export const NOTE_TITLES: Readonly<Record<OutreachType, string>> = {
  email: 'Email sent',
  linkedin_connection: 'LinkedIn connection request sent',
  linkedin_message: 'LinkedIn message sent',
  linkedin_inmail: 'LinkedIn InMail sent',
  call: 'Call made',
  sms: 'SMS sent',
  reply: 'Reply received',
  interested: 'Marked as interested',
}

/** Display name of each outreach channel. */
export const CHANNEL_LABELS: Readonly<Record<OutreachChannel, string>> = {
  email: 'Email',
  linkedin_connection: 'LinkedIn connection request',
  linkedin_message: 'LinkedIn message',
  linkedin_inmail: 'LinkedIn InMail',
  call: 'Call',
  sms: 'SMS',
}

/**
 * Formats an instant as `YYYY-MM-DD HH:mm <zone>` in the given IANA time zone,
 * or in UTC when none is given. Numeric fields keep the text the same across
 * ICU versions, whose month names differ.
 *
 * @throws {@link InvalidInputError} `invalid_time_zone` when the runtime does
 *   not support the time zone.
 */
export function formatOccurredAt(instant: Date, timeZone?: string | null): string {
  const zone = timeZone ?? 'UTC'

  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
  } catch {
    throw new InvalidInputError(
      'invalid_time_zone',
      'timeZone',
      `Time zone "${zone.slice(0, 64)}" is not supported: use an IANA name such as Europe/London.`,
    )
  }

  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]))
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute} ${zone}`
}

/**
 * Turns a message body, plain text or HTML, into one line of at most
 * `maxLength` characters (Unicode code points), ending in `…` when it was cut.
 *
 * @returns The excerpt, or `null` when the body has no text.
 */
export function excerptBody(body: string | null | undefined, maxLength: number): string | null {
  const text = normalizeText(body === null || body === undefined ? null : htmlToText(body))
  if (text === null) return null

  const characters = Array.from(text)
  if (characters.length <= maxLength) return text

  return `${characters
    .slice(0, maxLength - 1)
    .join('')
    .trimEnd()}…`
}
