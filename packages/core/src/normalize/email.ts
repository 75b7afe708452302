// Limits from RFC 5321 section 4.5.3.1: 64 octets for the local part and 254
// for a whole address that fits in a forward path. Counted here in UTF-16 code
// units, which equals octets for ASCII addresses.
const MAX_LOCAL_PART_LENGTH = 64
const MAX_ADDRESS_LENGTH = 254

// The dot-atom form of RFC 5322, widened to Unicode letters and digits as
// RFC 6531 allows. Quoted local parts are rejected on purpose: CRMs and mail
// providers rarely accept them, and they make matching by address unreliable.
const LOCAL_PART = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+(?:\.[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+)*$/u
const DOMAIN_LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u
const TOP_LEVEL_DOMAIN = /^(?:\p{L}{2,63}|xn--[a-z0-9-]{1,59})$/u

/**
 * Normalises an email address: Unicode NFC, trimmed and lower-cased, the
 * whole address including the local part. Mail systems may treat local parts
 * case-sensitively, but people and CRMs do not, and matching by email is
 * case-insensitive.
 *
 * The address must be one dot-atom local part, `@`, and a domain of at least
 * two labels with an alphabetic or `xn--` top-level label. Display names
 * (`Ada <ada@example.com>`), quoted local parts, IP-literal domains and
 * addresses over 254 characters are rejected.
 *
 * @returns The normalised address, or `null` when the value is empty or not a
 *   valid address.
 * @example
 * ```ts
 * normalizeEmail(' Ada.Lovelace@Example.COM ') // "ada.lovelace@example.com"
 * normalizeEmail('ada@localhost')              // null
 * ```
 */
export function normalizeEmail(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null

  const address = value.normalize('NFC').trim().toLowerCase()
  if (address.length === 0 || address.length > MAX_ADDRESS_LENGTH) return null

  const at = address.lastIndexOf('@')
  const localPart = address.slice(0, at)
  const domain = address.slice(at + 1)
  if (at <= 0 || localPart.length > MAX_LOCAL_PART_LENGTH) return null
  if (!LOCAL_PART.test(localPart) || !isValidDomain(domain)) return null

  return address
}

function isValidDomain(domain: string): boolean {
  const labels = domain.split('.')
  const topLevel = labels.at(-1) ?? ''

  if (labels.length < 2) return false
  return labels.every((label) => DOMAIN_LABEL.test(label)) && TOP_LEVEL_DOMAIN.test(topLevel)
}
