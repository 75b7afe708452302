import { describe, expect, it } from 'vitest'

import { compareYearMonth, normalizeYearMonth, type YearMonth } from './year-month.js'

describe('normalizeYearMonth', () => {
  it.each<[string | number, YearMonth]>([
    ['2019', { year: 2019 }],
    [2014, { year: 2014 }],
    ['2019-04', { year: 2019, month: 4 }],
    ['2019-12', { year: 2019, month: 12 }],
    ['2019-04-30', { year: 2019, month: 4 }],
    ['2020-02-29', { year: 2020, month: 2 }],
    ['2000-02-29', { year: 2000, month: 2 }],
    ['2019-04-30T10:00:00Z', { year: 2019, month: 4 }],
    ['2019-04-30T23:30:00-05:00', { year: 2019, month: 4 }],
    ['2019-04-01T00:00:00.000+0200', { year: 2019, month: 4 }],
    ['2019-04-01T08:15', { year: 2019, month: 4 }],
    [' 2019-04 ', { year: 2019, month: 4 }],
  ])('reads %j', (input, expected) => {
    expect(normalizeYearMonth(input)).toEqual(expected)
  })

  it.each<[string, string | number | null | undefined]>([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['month 0', '2019-00'],
    ['month 13', '2019-13'],
    ['day 0', '2019-04-00'],
    ['31 April', '2019-04-31'],
    ['29 February of a common year', '2019-02-29'],
    ['29 February 1900', '1900-02-29'],
    ['year 0', '0000'],
    ['year 0 as number', 0],
    ['fractional year', 2019.5],
    ['negative year', -2019],
    ['NaN', Number.NaN],
    ['two-digit year', '19'],
    ['one-digit month', '2019-4'],
    ['slashes', '2019/04'],
    ['month name', 'April 2019'],
    ['text after date', '2019-04-01 extra'],
    ['bad time', '2019-04-01T25'],
    ['present', 'present'],
  ])('rejects %s', (_case, input) => {
    expect(normalizeYearMonth(input)).toBeNull()
  })
})

describe('compareYearMonth', () => {
  it.each<[YearMonth, YearMonth, -1 | 0 | 1]>([
    [{ year: 2019 }, { year: 2020 }, -1],
    [{ year: 2020, month: 12 }, { year: 2021, month: 1 }, -1],
    [{ year: 2020, month: 3 }, { year: 2020, month: 3 }, 0],
    [{ year: 2020 }, { year: 2020 }, 0],
    [{ year: 2020 }, { year: 2020, month: 1 }, -1],
    [{ year: 2020, month: 11 }, { year: 2020, month: 2 }, 1],
  ])('compares %j with %j', (a, b, sign) => {
    expect(Math.sign(compareYearMonth(a, b))).toBe(sign)
  })
})
