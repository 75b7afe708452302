import { describe, expect, it } from 'vitest'

import { splitAddress } from './write-operations.js'

describe('splitAddress', () => {
  it.each([
    ['London', { city: 'London', state: '' }],
    ['London, United Kingdom', { city: 'London', state: 'United Kingdom' }],
    [
      'San Francisco, CA, United States',
      { city: 'San Francisco', state: 'CA', country: 'United States' },
    ],
    [
      '1 Main St, Springfield, IL, United States',
      { city: '1 Main St, Springfield', state: 'IL', country: 'United States' },
    ],
    [' Paris ,  France ', { city: 'Paris', state: 'France' }],
  ])('splits %j', (formatted, expected) => {
    expect(splitAddress(formatted)).toEqual(expected)
  })

  it.each(['London, United Kingdom', 'San Francisco, CA, United States'])(
    'joins %j back unchanged',
    (formatted) => {
      const parts = splitAddress(formatted)
      expect([parts.city, parts.state, parts.country].filter(Boolean).join(', ')).toBe(formatted)
    },
  )
})
