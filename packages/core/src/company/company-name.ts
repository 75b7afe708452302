import { APOSTROPHES, foldForComparison } from '../normalize/fold.js'

import { LEGAL_SUFFIXES } from './legal-suffixes.js'

// Initialisms written with dots (`L.L.C.`, `S.A.`, `B.V`): single letters
// joined by dots, with or without a final dot, standing as a whole word.
const DOTTED_INITIALISM = /(?<![\p{L}\p{N}])\p{L}(?:\.\p{L})+\.?(?![\p{L}\p{N}])/gu

/**
 * Normalises a company name for comparison: case and diacritics folded,
 * `&` read as `and`, punctuation replaced by spaces, legal-form suffixes
 * such as Ltd, Limited, LLC, Inc., Corp, GmbH, S.A., plc, B.V., Pty Ltd and
 * Co. removed from the end, and a leading "The" removed. A suffix or "The" is
 * kept when it is the whole name, so "The Company" is `company`.
 *
 * The result is a key for comparing names, never a display name.
 *
 * @returns The normalised name, or `null` when the name is empty or contains
 *   no letters or digits.
 * @example
 * ```ts
 * normalizeCompanyName('ACME Limited')         // "acme"
 * normalizeCompanyName('The Müller & Sons Co.') // "muller and sons"
 * ```
 */
export function normalizeCompanyName(name: string | null | undefined): string | null {
  const folded = foldForComparison(name)
  if (folded === null) return null

  const text = folded
    .replace(DOTTED_INITIALISM, (initialism) => initialism.replaceAll('.', ''))
    .replace(APOSTROPHES, '')
    .replaceAll('&', ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')

  const tokens = text.split(' ').filter((token) => token !== '')
  if (tokens.length === 0) return null

  while (tokens.length > 1 && tokens[0] === 'the') tokens.shift()
  removeLegalSuffixes(tokens)

  return tokens.join(' ')
}

function removeLegalSuffixes(tokens: string[]): void {
  let suffix = findLegalSuffix(tokens)

  while (suffix !== undefined) {
    tokens.splice(tokens.length - suffix.length)
    suffix = findLegalSuffix(tokens)
  }
}

// The longest suffix that leaves at least one token, so a name made only of
// suffix words keeps its first word.
function findLegalSuffix(tokens: readonly string[]): readonly string[] | undefined {
  let longest: readonly string[] | undefined

  for (const suffix of LEGAL_SUFFIXES) {
    if (suffix.length >= tokens.length) continue
    if (longest !== undefined && suffix.length <= longest.length) continue

    const tail = tokens.slice(tokens.length - suffix.length)
    if (tail.every((token, index) => token === suffix[index])) longest = suffix
  }

  return longest
}
