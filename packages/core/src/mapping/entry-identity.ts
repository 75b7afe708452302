import { normalizeEmail } from '../normalize/email.js'
import { foldForComparison } from '../normalize/fold.js'
import { normalizeProfileUrl } from '../normalize/profile-url.js'
import type { YearMonth } from '../normalize/year-month.js'
import type { ListEntry } from './draft.js'

/**
 * The comparable form of a list entry, computed once so that comparing many
 * entries does not normalise the same text again and again.
 */
export interface MatchKey {
  type: ListEntry['type']
  /** Equal identities mean the same entry; see {@link entryIdentity}. */
  identity: string
  /** Folded text parts and dates of a position or education, for {@link matchKeysMatch}. */
  parts: readonly (string | number | null)[]
  start: YearMonth | null
}

/**
 * Computes the {@link MatchKey} of a list entry. E-mails compare lower-cased,
 * phones by digits, URLs in normalised form, and tags, addresses, positions
 * and schools by folded text (case and accents ignored).
 */
export function matchKeyOf(item: ListEntry): MatchKey {
  switch (item.type) {
    case 'email_list':
      return simpleKey(
        item.type,
        normalizeEmail(item.entry.address) ?? item.entry.address.trim().toLowerCase(),
      )
    case 'phone_list': {
      // NOTE: a CRM number kept in national form (`020 7946 0123`) does not match the
      // draft's E.164 form (`+442079460123`), so such a number is added a second time.
      const digits = item.entry.number.replace(/[^\d+]/g, '')
      return simpleKey(
        item.type,
        item.entry.extension ? `${digits};ext=${item.entry.extension}` : digits,
      )
    }
    case 'url_list':
      return simpleKey(item.type, normalizeProfileUrl(item.entry)?.url ?? item.entry.trim())
    case 'tags':
      return simpleKey(item.type, fold(item.entry))
    case 'address_list':
      return simpleKey(item.type, fold(item.entry.formatted))
    case 'positions': {
      const parts = [fold(item.entry.title), fold(item.entry.companyName)]
      const identity = [...parts, formatDate(item.entry.start)].join('|')
      return { type: item.type, identity, parts, start: item.entry.start }
    }
    case 'educations': {
      const { schoolName, degree, startYear, endYear } = item.entry
      const parts = [fold(schoolName), fold(degree), startYear, endYear]
      return {
        type: item.type,
        identity: parts
          .slice(0, 3)
          .map((part) => part ?? '')
          .join('|'),
        parts,
        start: null,
      }
    }
  }
}

/**
 * Computes the {@link MatchKey} of an entry that `mapPersonToDraft` produced,
 * whose e-mail or URL is already normalised, without normalising it again.
 * The result equals {@link matchKeyOf} for such entries.
 */
export function matchKeyOfDraftEntry(item: ListEntry): MatchKey {
  if (item.type === 'email_list') return simpleKey(item.type, item.entry.address)
  if (item.type === 'url_list') return simpleKey(item.type, item.entry)
  return matchKeyOf(item)
}

/**
 * Returns the identity of a list entry: two entries with the same identity
 * are the same entry. A position's identity is `title|company|start` and an
 * education's is `school|degree|startYear`, in folded text.
 */
export function entryIdentity(item: ListEntry): string {
  return matchKeyOf(item).identity
}

/**
 * Tells whether two entries describe the same thing. Beyond equal
 * identities, a position or education whose date or degree is unknown on
 * one side matches the same position or school on the other, so a CRM entry
 * without dates is never added again.
 */
export function entriesMatch(a: ListEntry, b: ListEntry): boolean {
  return matchKeysMatch(matchKeyOf(a), matchKeyOf(b))
}

/** Compares two {@link MatchKey}s with the rules of {@link entriesMatch}. */
export function matchKeysMatch(a: MatchKey, b: MatchKey): boolean {
  if (a.type !== b.type) return false

  if (a.type === 'positions') {
    return (
      a.parts[0] === b.parts[0] && a.parts[1] === b.parts[1] && datesCompatible(a.start, b.start)
    )
  }
  if (a.type === 'educations') {
    return (
      a.parts[0] === b.parts[0] &&
      a.parts.slice(1).every((part, index) => optionalEqual(part, b.parts[index + 1] ?? null))
    )
  }
  return a.identity === b.identity
}

function simpleKey(type: ListEntry['type'], identity: string): MatchKey {
  return { type, identity, parts: [], start: null }
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
