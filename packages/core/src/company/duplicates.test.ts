import { describe, expect, it } from 'vitest'

import { InvalidInputError } from '../normalize/invalid-input-error.js'

import { findCompanyDuplicates, type CompanyDuplicateMode } from './duplicates.js'

const CANDIDATES = [
  { id: 'c1', name: 'ACME Limited' },
  { id: 'c2', name: 'Acme Labs' },
  { id: 'c3', name: 'Acme' },
  { id: 'c4', name: 'Acmee Ltd' },
  { id: 'c5', name: 'Globex' },
  { id: 'c6', name: '' },
  { id: 'c7', name: null },
]

function idsOf(mode: CompanyDuplicateMode, threshold?: number): string[] {
  return findCompanyDuplicates('Acme Ltd', CANDIDATES, { mode, threshold }).map(
    (duplicate) => duplicate.candidate.id,
  )
}

describe('findCompanyDuplicates', () => {
  it.each<[CompanyDuplicateMode, number | undefined, string[]]>([
    ['off', undefined, []],
    ['exact', undefined, ['c1', 'c3']],
    ['exact', 0, ['c1', 'c3']],
    ['similar', undefined, ['c1', 'c3', 'c4']],
    ['similar', 0.6, ['c1', 'c3', 'c4', 'c2']],
    ['similar', 1, ['c1', 'c3']],
    ['similar', 0, ['c1', 'c3', 'c4', 'c2', 'c5']],
  ])('finds in %s mode with threshold %s', (mode, threshold, expected) => {
    expect(idsOf(mode, threshold)).toEqual(expected)
  })

  it('reports score and reason', () => {
    const duplicates = findCompanyDuplicates('Acme Ltd', CANDIDATES, { mode: 'similar' })

    expect(duplicates[0]).toEqual({
      candidate: CANDIDATES[0],
      normalizedName: 'acme',
      score: 1,
      reason: 'exact',
    })
    expect(duplicates[2]?.reason).toBe('similar')
    expect(duplicates[2]?.normalizedName).toBe('acmee')
    expect(duplicates[2]?.score).toBeCloseTo(6 / 7, 10)
  })

  it('marks "Acme Corp" and "Acme Labs" as similar only', () => {
    const candidates = [{ name: 'Acme Labs' }]

    expect(findCompanyDuplicates('Acme Corp', candidates, { mode: 'exact' })).toEqual([])
    expect(
      findCompanyDuplicates('Acme Corp', candidates, { mode: 'similar', threshold: 0.6 })[0]
        ?.reason,
    ).toBe('similar')
  })

  it.each([[null], [undefined], [''], ['  ']])('returns nothing for empty name %j', (name) => {
    expect(findCompanyDuplicates(name, CANDIDATES, { mode: 'similar', threshold: 0 })).toEqual([])
  })

  it.each([-0.1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])(
    'rejects threshold %s',
    (threshold) => {
      const call = () => findCompanyDuplicates('Acme', CANDIDATES, { mode: 'exact', threshold })

      expect(call).toThrow(InvalidInputError)
      expect(call).toThrow(
        expect.objectContaining({ code: 'invalid_threshold', field: 'threshold' }),
      )
    },
  )
})
