import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { normalizeCompanyName } from './company-name.js'

describe('normalizeCompanyName', () => {
  it.each([
    ['Acme', 'acme'],
    ['Acme Ltd', 'acme'],
    ['Acme Ltd.', 'acme'],
    ['ACME Limited', 'acme'],
    ['Acme LLC', 'acme'],
    ['Acme L.L.C.', 'acme'],
    ['Acme Inc', 'acme'],
    ['Acme, Inc.', 'acme'],
    ['Acme Incorporated', 'acme'],
    ['Acme Corp', 'acme'],
    ['Acme Corp.', 'acme'],
    ['Acme Corporation', 'acme'],
    ['Acme GmbH', 'acme'],
    ['Acme AG', 'acme'],
    ['Acme GmbH & Co. KG', 'acme'],
    ['Acme S.A.', 'acme'],
    ['Acme SA', 'acme'],
    ['Acme S.A', 'acme'],
    ['Acme SAS', 'acme'],
    ['Acme S.A.S.', 'acme'],
    ['Acme plc', 'acme'],
    ['Acme PLC', 'acme'],
    ['Acme B.V.', 'acme'],
    ['Acme N.V.', 'acme'],
    ['Acme Pty Ltd', 'acme'],
    ['Acme Pty. Ltd.', 'acme'],
    ['Acme Co.', 'acme'],
    ['Acme & Co.', 'acme'],
    ['Acme and Co', 'acme'],
    ['Acme LLP', 'acme'],
    ['Acme S.r.l.', 'acme'],
    ['Acme AB', 'acme'],
  ])('removes the legal suffix of %j', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected)
  })

  it.each([
    ['The Acme Group', 'acme group'],
    ['the acme', 'acme'],
    ['The The Acme', 'acme'],
    ['Theta Labs', 'theta labs'],
    ['Müller & Söhne', 'muller and sohne'],
    ['Muller and Sohne', 'muller and sohne'],
    ['Société Générale S.A.', 'societe generale'],
    ['Łukasik Sp', 'lukasik sp'],
    ["McDonald's Corporation", 'mcdonalds'],
    ['McDonald’s', 'mcdonalds'],
    ['Booking.com B.V.', 'booking com'],
    ['U.S. Steel', 'us steel'],
    ['Procter  &  Gamble', 'procter and gamble'],
    ['Acme-Widgets, Ltd.', 'acme widgets'],
    ['王小明科技有限公司', '王小明科技有限公司'],
    ['Acme Labs', 'acme labs'],
    ['Acme Company Limited', 'acme'],
    ['Companyx Ltd', 'companyx'],
    ['&', 'and'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected)
  })

  it.each([
    ['The Company', 'company'],
    ['Limited', 'limited'],
    ['Co. Ltd', 'co'],
    ['GmbH', 'gmbh'],
    ['The', 'the'],
  ])('keeps the first word of %j made only of suffixes', (input, expected) => {
    expect(normalizeCompanyName(input)).toBe(expected)
  })

  it.each([[null], [undefined], [''], ['   '], ['...'], ['- / -']])(
    'returns null for %j',
    (input) => {
      expect(normalizeCompanyName(input)).toBeNull()
    },
  )

  const companyNameText = fc
    .array(
      fc.constantFrom(
        'acme',
        'Ltd',
        'L.L.C.',
        'Inc.',
        'The',
        'the',
        '&',
        'and',
        'Co.',
        'GmbH',
        'S.A.',
        'Müller',
        'ZOË',
        "O'Brien",
        'Łukasik',
        '王',
        ' ',
        '-',
        ',',
        'plc',
        'PTY',
        'b.v.',
      ),
      { maxLength: 8 },
    )
    .map((words) => words.join(' '))

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(companyNameText, fc.string({ unit: 'grapheme' })), (name) => {
        const once = normalizeCompanyName(name)
        expect(normalizeCompanyName(once)).toBe(once)
      }),
    )
  })

  it('ignores letter case', () => {
    fc.assert(
      fc.property(companyNameText, (name) => {
        const lower = normalizeCompanyName(name.toLowerCase())

        expect(normalizeCompanyName(name.toUpperCase())).toBe(lower)
        expect(normalizeCompanyName(name)).toBe(lower)
      }),
    )
  })
})
