/**
 * Converts a `Retry-After` header into a wait in milliseconds. The header contains either whole
 * seconds (`120`) or an HTTP date (`Wed, 21 Oct 2026 07:28:00 GMT`, RFC 9110 section 10.2.3).
 * A date in the past gives 0. Returns `undefined` when the header is absent or unreadable.
 */
export function parseRetryAfter(header: string | null, now: Date): number | undefined {
  const value = header?.trim()
  if (!value) {
    return undefined
  }

  if (/^\d+$/.test(value)) {
    return Number(value) * 1000
  }

  const date = Date.parse(value)
  if (Number.isNaN(date) || !/[a-z]/i.test(value)) {
    return undefined
  }
  return Math.max(0, date - now.getTime())
}
