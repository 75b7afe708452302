// Printable ASCII words joined by single spaces. NFC, collapsing and trimming
// leave such text as it is, and many names and titles are written so.
const NORMALIZED_ASCII = /^[\x21-\x7e]+(?: [\x21-\x7e]+)*$/

/**
 * Normalises free text: Unicode NFC, trimmed, with every run of inner white
 * space (including tabs, line breaks and no-break spaces) collapsed to one
 * space. Letters, case, apostrophes and hyphens are left as they are, so
 * personal names such as `Zoë`, `O'Brien-Łukasik` or `王小明` pass through.
 *
 * @returns The normalised text, or `null` for `null`, `undefined` or text that
 *   is empty once trimmed.
 * @example
 * ```ts
 * normalizeText('  Zoë \t O\'Brien ') // "Zoë O'Brien"
 * normalizeText('   ')               // null
 * ```
 */
export function normalizeText(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null
  if (NORMALIZED_ASCII.test(value)) return value

  const text = value.normalize('NFC').replace(/\s+/gu, ' ').trim()
  return text === '' ? null : text
}

/**
 * Normalises multi-line text such as a summary or a description: Unicode
 * NFC and trimmed, with inner white space and line breaks kept.
 *
 * @returns The normalised text, or `null` when nothing is left.
 */
export function normalizeLongText(value: string | null | undefined): string | null {
  const text = value?.normalize('NFC').trim() ?? ''
  return text === '' ? null : text
}
