import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { companySimilarity } from './similarity.js'

describe('companySimilarity', () => {
  it.each<[string, string, number]>([
    ['Acme Ltd', 'ACME Limited', 1],
    ['Acme', 'The Acme Corporation', 1],
    ['Smith Jones', 'Jones Smith', 1],
    ['Acme Corp', 'Acme Labs', 2 / 3],
    ['Acme', 'Acme Labs', 2 / 3],
    ['Globex', 'Globexx', 10 / 11],
    ['Microsoft', 'Mircosoft', 10 / 16],
    ['Google', 'Alphabet', 0],
    ['A', 'A B', 2 / 3],
  ])('scores %j and %j', (first, second, expected) => {
    expect(companySimilarity(first, second)).toBeCloseTo(expected, 10)
  })

  it.each<[string | null | undefined, string | null | undefined]>([
    [null, 'Acme'],
    ['Acme', undefined],
    ['', ''],
    ['  ', 'Acme'],
    ['...', '...'],
  ])('scores 0 for empty %j or %j', (first, second) => {
    expect(companySimilarity(first, second)).toBe(0)
  })

  it('is symmetric and within 0..1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (first, second) => {
        const score = companySimilarity(first, second)

        expect(score).toBe(companySimilarity(second, first))
        expect(score).toBeGreaterThanOrEqual(0)
        expect(score).toBeLessThanOrEqual(1)
      }),
    )
  })
})
