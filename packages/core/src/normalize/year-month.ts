/** A year, with the month (1 to 12) when it is known. */
export interface YearMonth {
  year: number
  month?: number
}

// `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or a date followed by an ISO 8601 time of
// day with an optional fraction and offset.
const DATE_PATTERN =
  /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/

/**
 * Normalises a date of a work or education entry to a year and an optional
 * month. Accepts a whole-number year, `YYYY`, `YYYY-MM`, `YYYY-MM-DD` and ISO
 * 8601 timestamps. A timestamp keeps the calendar date written in it, without
 * conversion to UTC, so `2019-04-30T23:30:00-05:00` is April 2019.
 *
 * @returns The year and month, or `null` for empty values, other formats, year
 *   0, a month outside 1 to 12, or a day that the month does not have.
 * @example
 * ```ts
 * normalizeYearMonth('2019-04')    // { year: 2019, month: 4 }
 * normalizeYearMonth(2014)         // { year: 2014 }
 * normalizeYearMonth('2019-13-01') // null
 * ```
 */
export function normalizeYearMonth(value: string | number | null | undefined): YearMonth | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') return isValidYear(value) ? { year: value } : null

  const match = DATE_PATTERN.exec(value.trim())
  if (match === null) return null

  const [, yearText, monthText, dayText] = match
  const year = Number(yearText)
  if (!isValidYear(year)) return null
  if (monthText === undefined) return { year }

  const month = Number(monthText)
  if (month < 1 || month > 12) return null
  if (dayText !== undefined && !isDayInMonth(Number(dayText), year, month)) return null

  return { year, month }
}

/**
 * Compares two year-months for sorting, oldest first. A year without a month
 * sorts before every month of that year.
 *
 * @returns A negative number when `a` is earlier, 0 when equal, a positive
 *   number when `a` is later.
 * @example
 * ```ts
 * [{ year: 2020, month: 3 }, { year: 2020 }].sort(compareYearMonth) // [{ year: 2020 }, { year: 2020, month: 3 }]
 * ```
 */
export function compareYearMonth(a: YearMonth, b: YearMonth): number {
  if (a.year !== b.year) return a.year - b.year
  return (a.month ?? 0) - (b.month ?? 0)
}

function isValidYear(year: number): boolean {
  return Number.isInteger(year) && year >= 1 && year <= 9999
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

function isDayInMonth(day: number, year: number, month: number): boolean {
  const isLeapYear = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
  const daysInMonth = month === 2 && isLeapYear ? 29 : (DAYS_IN_MONTH[month - 1] ?? 0)

  return day >= 1 && day <= daysInMonth
}
