import { normalizeText } from './text.js'

// Latin letters that carry no combining mark under Unicode decomposition, so
// stripping marks alone would leave them different from their base letter.
const UNDECOMPOSED_LETTERS: Readonly<Record<string, string>> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ħ: 'h',
  ı: 'i',
  ŀ: 'l',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ς: 'σ',
}

// ASCII has nothing to decompose, strip or replace, so lower-casing the
// normalised text gives the same result as the full fold.
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/

/**
 * Apostrophes and the marks written in their place. Name and company
 * comparisons drop them inside a word, so `O'Brien` and `McDonald's` stay
 * one word.
 */
export const APOSTROPHES = /['’ʼ`´]/gu

const UNDECOMPOSED_PATTERN = new RegExp(`[${Object.keys(UNDECOMPOSED_LETTERS).join('')}]`, 'gu')

/**
 * Folds text for comparison: normalised as by {@link normalizeText}, then
 * compatibility-decomposed (NFKD) with combining marks removed, lower-cased,
 * and letters such as `ł`, `ø` and `ß` replaced by their base Latin letters.
 * The result is only for comparing values and must never be written back.
 *
 * @returns The folded text, or `null` when the text is empty.
 * @example
 * ```ts
 * foldForComparison('Zoë Łukasik') // "zoe lukasik"
 * foldForComparison('JÜRGEN')      // "jurgen"
 * ```
 */
export function foldForComparison(value: string | null | undefined): string | null {
  const text = normalizeText(value)
  if (text === null) return null
  if (PRINTABLE_ASCII.test(text)) return text.toLowerCase()

  const folded = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(UNDECOMPOSED_PATTERN, (letter) => UNDECOMPOSED_LETTERS[letter] ?? letter)

  return normalizeText(folded)
}
