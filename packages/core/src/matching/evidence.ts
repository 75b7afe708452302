import { normalizeCompanyName } from '../company/company-name.js'
import { companySimilarity } from '../company/similarity.js'
import { normalizeEmail } from '../normalize/email.js'
import { APOSTROPHES, foldForComparison } from '../normalize/fold.js'
import { normalizeLinkedInUrl } from '../normalize/linkedin.js'

/** Values shared by two lists after normalisation, and whether both lists had any. */
export interface Overlap {
  shared: string[]
  bothPresent: boolean
}

/** Compares two lists of email addresses case-insensitively. */
export function compareEmails(first: readonly string[], second: readonly string[]): Overlap {
  return overlap(first, second, normalizeEmail)
}

/** Compares two lists of LinkedIn profile URLs in their canonical form. */
export function compareLinkedInUrls(first: readonly string[], second: readonly string[]): Overlap {
  return overlap(first, second, normalizeLinkedInUrl)
}

/** A person's name as compared for matching. */
export interface PersonName {
  firstName?: string | null
  lastName?: string | null
}

/**
 * Returns whether two people have the same name, ignoring case, accents and
 * punctuation. Both need a last name. The first and last names may be split
 * differently ("Mary Ann" + "Smith" and "Mary" + "Ann Smith") or swapped, as
 * happens with family-name-first names such as 王小明.
 */
export function namesMatch(first: PersonName, second: PersonName): boolean {
  const a = [foldName(first.firstName), foldName(first.lastName)]
  const b = [foldName(second.firstName), foldName(second.lastName)]
  if (a[1] === '' || b[1] === '') return false

  const fullA = a.filter((part) => part !== '').join(' ')
  const forwardB = b.filter((part) => part !== '').join(' ')
  const reversedB = [...b]
    .reverse()
    .filter((part) => part !== '')
    .join(' ')

  return fullA === forwardB || fullA === reversedB
}

/** Result of comparing a subject's company with a candidate's current companies. */
export interface CompanyComparison {
  /** `same` for equal normalised names, `similar` at or above the threshold, else `different`. */
  kind: 'same' | 'similar' | 'different'
  /** Candidate company name behind the result, when it is not `different`. */
  companyName: string | null
}

/** Compares a company name with a list of current companies, using the company rules. */
export function compareCompanies(
  companyName: string | null | undefined,
  candidateCompanies: readonly string[],
  similarityThreshold: number,
): CompanyComparison {
  const normalized = normalizeCompanyName(companyName)
  if (normalized === null) return { kind: 'different', companyName: null }

  const same = candidateCompanies.find((name) => normalizeCompanyName(name) === normalized)
  if (same !== undefined) return { kind: 'same', companyName: same }

  const similar = candidateCompanies.find(
    (name) => companySimilarity(normalized, name) >= similarityThreshold,
  )
  return similar === undefined
    ? { kind: 'different', companyName: null }
    : { kind: 'similar', companyName: similar }
}

function foldName(name: string | null | undefined): string {
  const folded = foldForComparison(name) ?? ''

  // Apostrophes join ("O'Brien" is "obrien"); hyphens and other marks separate.
  return folded
    .replace(APOSTROPHES, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

function overlap(
  first: readonly string[],
  second: readonly string[],
  normalize: (value: string) => string | null,
): Overlap {
  const firstValues = new Set(first.map(normalize).filter((value) => value !== null))
  const secondValues = new Set(second.map(normalize).filter((value) => value !== null))

  return {
    shared: [...firstValues].filter((value) => secondValues.has(value)),
    bothPresent: firstValues.size > 0 && secondValues.size > 0,
  }
}
