const MONTH_NAMES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

/**
 * Converts an ISO 8601 date with optional month and day (`2014`,
 * `2014-06`, `2014-06-29`, the JSON Resume date form) to the person
 * schema's `YYYY` or `YYYY-MM`. Returns undefined for any other text.
 */
export function isoDateToYearMonth(value: string | null | undefined): string | undefined {
  const match = /^(\d{4})(?:-(\d{2})(?:-\d{2})?)?$/.exec((value ?? '').trim())
  if (!match) return undefined
  return match[2] ? `${match[1]}-${match[2]}` : match[1]
}

/** Returns the year of an ISO 8601 date such as `2011-06-01`, or undefined. */
export function isoDateToYear(value: string | null | undefined): number | undefined {
  const yearMonth = isoDateToYearMonth(value)
  return yearMonth ? Number(yearMonth.slice(0, 4)) : undefined
}

/**
 * Converts a LinkedIn export date (`Apr 2019`, `April 2019`, `2019` or
 * `04/2019`) to `YYYY` or `YYYY-MM`. Returns null
 * for an empty value and undefined for text that is not such a date.
 */
export function linkedInDateToYearMonth(
  value: string | null | undefined,
): string | null | undefined {
  const text = (value ?? '').trim()
  if (text === '') return null

  const monthName = /^([A-Za-z]{3,9})\.? (\d{4})$/.exec(text)
  if (monthName) {
    const month = monthNumber(monthName[1] ?? '')
    return month ? `${monthName[2]}-${month}` : undefined
  }

  const numeric = /^(\d{1,2})\/(\d{4})$/.exec(text)
  if (numeric) {
    const month = Number(numeric[1])
    return month >= 1 && month <= 12 ? `${numeric[2]}-${String(month).padStart(2, '0')}` : undefined
  }

  return /^\d{4}$/.test(text) ? text : undefined
}

/** Returns the two-digit month of an English month name or its abbreviation ("Apr", "Sept"). */
function monthNumber(name: string): string | undefined {
  const lower = name.toLowerCase()
  const index = MONTH_NAMES.findIndex((month) => month.startsWith(lower))
  return index >= 0 ? String(index + 1).padStart(2, '0') : undefined
}
