import type { CountryCode } from 'libphonenumber-js'
import { describe, expect, it } from 'vitest'

import { InvalidInputError } from './invalid-input-error.js'
import { normalizePhone, readPhone } from './phone.js'

describe('normalizePhone', () => {
  it.each<[string, CountryCode | undefined, string, CountryCode]>([
    ['+44 20 7946 0000', undefined, '+442079460000', 'GB'],
    ['020 7946 0000', 'GB', '+442079460000', 'GB'],
    ['(020) 7946-0000', 'GB', '+442079460000', 'GB'],
    ['00 44 20 7946 0000', 'GB', '+442079460000', 'GB'],
    ['+1 (415) 555-2671', undefined, '+14155552671', 'US'],
    ['(415) 555-2671', 'US', '+14155552671', 'US'],
    ['415.555.2671', 'US', '+14155552671', 'US'],
    ['+49 30 901820', 'GB', '+4930901820', 'DE'],
  ])('converts %j (default %s) to E.164', (input, country, expected, expectedCountry) => {
    const phone = normalizePhone(input, country)

    expect(phone?.value).toBe(expected)
    expect(phone?.parsed).toBe(true)
    expect(phone?.valid).toBe(true)
    expect(phone?.country).toBe(expectedCountry)
    expect(phone?.extension).toBeNull()
  })

  it.each([
    ['+1 (415) 555-2671 ext. 123', '123'],
    ['+1 415 555 2671 x45', '45'],
    ['+44 20 7946 0000 extension 7', '7'],
  ])('returns the extension of %j apart', (input, extension) => {
    const phone = normalizePhone(input)

    expect(phone?.value).toMatch(/^\+\d+$/)
    expect(phone?.extension).toBe(extension)
  })

  it('converts a possible number outside the listed ranges', () => {
    const phone = normalizePhone('07700 900123', 'GB')

    expect(phone?.value).toBe('+447700900123')
    expect(phone?.parsed).toBe(true)
    expect(phone?.valid).toBe(false)
  })

  it.each<[string, CountryCode | undefined, string]>([
    ['  ask reception ', undefined, 'ask reception'],
    ['020 7946 0000', undefined, '020 7946 0000'],
    ['call 020 7946 0000', 'GB', 'call 020 7946 0000'],
    ['123', 'GB', '123'],
    ['+999 123', undefined, '+999 123'],
    ['+44 20', undefined, '+44 20'],
  ])('keeps unparseable %j as given', (input, country, expected) => {
    const phone = normalizePhone(input, country)

    expect(phone).toEqual({
      value: expected,
      parsed: false,
      valid: false,
      country: null,
      extension: null,
    })
  })

  it.each([[null], [undefined], [''], ['   ']])('returns null for %j', (input) => {
    expect(normalizePhone(input)).toBeNull()
  })

  it.each(['XX', 'gb', 'United Kingdom'])('rejects default country %j', (country) => {
    const call = () => normalizePhone('020 7946 0000', country as CountryCode)

    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(
      expect.objectContaining({ code: 'invalid_country', field: 'defaultCountry' }),
    )
  })

  it.each(['+44 20 7946 0000', '+1 (415) 555-2671', 'ask reception', '020 7946 0000'])(
    'is idempotent for %j',
    (input) => {
      const once = normalizePhone(input, 'GB')

      expect(normalizePhone(once?.value, 'GB')?.value).toBe(once?.value)
    },
  )
})

describe('readPhone', () => {
  it.each<[string, CountryCode | undefined]>([
    ['020 7946 0000', 'GB'],
    ['+1 (415) 555-2671 ext. 12', undefined],
    ['020 7946 0000', undefined],
    ['ask reception', 'GB'],
    ['+44 20 7946 000', undefined],
  ])('agrees with normalizePhone on %j (default %s)', (input, country) => {
    const { valid, ...expected } = normalizePhone(input, country) ?? { valid: null }

    expect(readPhone(input, country)?.normalized).toEqual(expected)
    expect(typeof valid).toBe('boolean')
  })

  it('returns null for blank text', () => {
    expect(readPhone('  ', 'GB')).toBeNull()
  })

  it('rejects an unknown default country', () => {
    expect(() => readPhone('020 7946 0000', 'XX' as CountryCode)).toThrow(InvalidInputError)
  })
})
