import { normalizeEmail } from '../normalize/email.js'
import { foldForComparison } from '../normalize/fold.js'
import { normalizeLinkedInUrl } from '../normalize/linkedin.js'
import { normalizeUrl } from '../normalize/url.js'
import type { YearMonth } from '../normalize/year-month.js'
import type { EducationValue, ListEntry, PositionEntry } from './draft.js'

/**
 * Returns the comparison key of a list entry: two entries with the same key
 * are the same entry. E-mails compare lower-cased, phones by digits, URLs in
 * normalised form, and tags, addresses, positions and schools by folded text
 * (case and accents ignored). A position's key is `title|company|start` and
 * an education's is `school|degree|startYear`.
 */
export function entryIdentity(item: ListEntry): string {
  switch (item.type) {
    case 'email_list':
      return normalizeEmail(item.entry.address) ?? item.entry.address.trim().toLowerCase()
    case 'phone_list': {
      const digits = item.entry.number.replace(/[^\d+]/g, '')
      return item.entry.extension ? `${digits};ext=${item.entry.extension}` : digits
    }
    case 'url_list':
      return normalizeLinkedInUrl(item.entry) ?? normalizeUrl(item.entry) ?? item.entry.trim()
    case 'tags':
      return fold(item.entry)
    case 'address_list':
      return fold(item.entry.formatted)
    case 'positions':
      return [
        fold(item.entry.title),
        fold(item.entry.companyName),
        formatDate(item.entry.start),
      ].join('|')
    case 'educations':
      return [
        fold(item.entry.schoolName),
        fold(item.entry.degree),
        item.entry.startYear ?? '',
      ].join('|')
  }
}

/**
 * Whether two entries of the same list type describe the same thing. Beyond
 * equal keys, a position or education whose date is unknown on one side
 * matches the same position or school with a date, so a CRM entry without
 * dates is never added again.
 */
export function entriesMatch(a: ListEntry, b: ListEntry): boolean {
  if (a.type === 'positions' && b.type === 'positions') return positionsMatch(a.entry, b.entry)
  if (a.type === 'educations' && b.type === 'educations') return educationsMatch(a.entry, b.entry)
  return a.type === b.type && entryIdentity(a) === entryIdentity(b)
}

function positionsMatch(a: PositionEntry, b: PositionEntry): boolean {
  return (
    fold(a.title) === fold(b.title) &&
    fold(a.companyName) === fold(b.companyName) &&
    datesCompatible(a.start, b.start)
  )
}

function educationsMatch(a: EducationValue, b: EducationValue): boolean {
  return (
    fold(a.schoolName) === fold(b.schoolName) &&
    optionalEqual(fold(a.degree), fold(b.degree)) &&
    optionalEqual(a.startYear, b.startYear) &&
    optionalEqual(a.endYear, b.endYear)
  )
}

function datesCompatible(a: YearMonth | null, b: YearMonth | null): boolean {
  if (a === null || b === null) return true
  if (a.year !== b.year) return false
  return a.month === undefined || b.month === undefined || a.month === b.month
}

function optionalEqual<T>(a: T | null | '', b: T | null | ''): boolean {
  return a === null || b === null || a === '' || b === '' || a === b
}

function fold(value: string | null): string {
  return foldForComparison(value) ?? ''
}

/** Formats a year-month as `YYYY-MM` or `YYYY`; an unknown date is empty. */
export function formatDate(date: YearMonth | null): string {
  if (date === null) return ''
  const year = String(date.year).padStart(4, '0')
  return date.month === undefined ? year : `${year}-${String(date.month).padStart(2, '0')}`
}
