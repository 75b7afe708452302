import { describe, expect, it } from 'vitest'

import { parseRetryAfter } from './retry-after.js'

const now = new Date('2026-10-21T07:28:00.000Z')

describe('parseRetryAfter', () => {
  it.each([
    ['0', 0],
    ['1', 1000],
    ['120', 120_000],
    [' 7 ', 7000],
    ['Wed, 21 Oct 2026 07:28:30 GMT', 30_000],
    ['Wed, 21 Oct 2026 07:27:00 GMT', 0],
  ])('reads %j as %i ms', (header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected)
  })

  it.each([null, '', '-5', '1.5', 'soon', '1e3'])('rejects %j', (header) => {
    expect(parseRetryAfter(header, now)).toBeUndefined()
  })
})
