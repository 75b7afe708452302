import { describe, expect, it } from 'vitest'

import { formatLocation } from './location.js'

describe('formatLocation', () => {
  it.each([
    [
      { city: 'San Francisco', region: 'California', countryCode: 'US' },
      'San Francisco, California, United States',
    ],
    [{ city: 'London', countryCode: 'gb' }, 'London, United Kingdom'],
    [{ city: 'Kraków', region: '', countryCode: 'PL' }, 'Kraków, Poland'],
    [{ region: 'Bavaria' }, 'Bavaria'],
    [{ city: 'Atlantis', countryCode: 'Neverland' }, 'Atlantis, Neverland'],
    [{}, undefined],
  ])('formats %j', (parts, expected) => {
    expect(formatLocation(parts)).toBe(expected)
  })
})
