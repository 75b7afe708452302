import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { foldForComparison } from './fold.js'
import { normalizeText } from './text.js'

describe('normalizeText', () => {
  it.each([
    ['Zoë', 'Zoë'],
    ["O'Brien-Łukasik", "O'Brien-Łukasik"],
    ['王小明', '王小明'],
    ['  Ada   Lovelace  ', 'Ada Lovelace'],
    ['Ada\t\n Lovelace', 'Ada Lovelace'],
    ['Ada\u00a0Lovelace', 'Ada Lovelace'],
    ['Zoe\u0308', 'Zoë'],
    ['D’Angelo', 'D’Angelo'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeText(input)).toBe(expected)
  })

  it.each([[null], [undefined], [''], ['   '], ['\n\t']])('returns null for %j', (input) => {
    expect(normalizeText(input)).toBeNull()
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeText(text)
        expect(normalizeText(once)).toBe(once)
      }),
    )
  })
})

describe('foldForComparison', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['ZOË', 'zoe'],
    ["O'Brien-Łukasik", "o'brien-lukasik"],
    ['Jürgen Müller', 'jurgen muller'],
    ['Søren Kierkegaard', 'soren kierkegaard'],
    ['Straße', 'strasse'],
    ['王小明', '王小明'],
    ['  Ｆｕｌｌ  width ', 'full width'],
  ])('folds %j', (input, expected) => {
    expect(foldForComparison(input)).toBe(expected)
  })

  it.each([[null], [undefined], [''], [' ']])('returns null for %j', (input) => {
    expect(foldForComparison(input)).toBeNull()
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = foldForComparison(text)
        expect(foldForComparison(once)).toBe(once)
      }),
    )
  })
})

// Text made mostly of ASCII, with the characters that push it off the ASCII
// shortcuts of normalizeText and foldForComparison.
const mixedText = fc.string({
  unit: fc.constantFrom(
    'a',
    'B',
    '7',
    '-',
    "'",
    ' ',
    '  ',
    '\t',
    '\x01',
    'é',
    'e\u0308',
    'ß',
    '\u00a0',
  ),
  maxLength: 12,
})

describe('ASCII shortcuts', () => {
  it('normalizeText equals the full rule', () => {
    fc.assert(
      fc.property(mixedText, (value) => {
        const full = value.normalize('NFC').replace(/\s+/gu, ' ').trim()
        expect(normalizeText(value)).toBe(full === '' ? null : full)
      }),
    )
  })

  it('foldForComparison equals the full rule', () => {
    fc.assert(
      fc.property(mixedText, (value) => {
        const text = normalizeText(value)
        const full = text
          ?.normalize('NFKD')
          .replace(/\p{M}+/gu, '')
          .toLowerCase()
          .replaceAll('ß', 'ss')
        expect(foldForComparison(value)).toBe(normalizeText(full))
      }),
    )
  })
})
