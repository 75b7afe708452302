import { describe, expect, it } from 'vitest'

import { isoDateToYear, isoDateToYearMonth, linkedInDateToYearMonth } from './dates.js'

describe('isoDateToYearMonth', () => {
  it.each([
    ['2014-06-29', '2014-06'],
    ['2014-06', '2014-06'],
    ['2014', '2014'],
    [' 2014 ', '2014'],
    ['29/06/2014', undefined],
    ['June 2014', undefined],
    ['', undefined],
    [null, undefined],
  ])('converts %j', (input, expected) => {
    expect(isoDateToYearMonth(input)).toBe(expected)
  })
})

describe('isoDateToYear', () => {
  it.each([
    ['2011-06-01', 2011],
    ['2011', 2011],
    ['soon', undefined],
  ])('reads the year of %j', (input, expected) => {
    expect(isoDateToYear(input)).toBe(expected)
  })
})

describe('linkedInDateToYearMonth', () => {
  it.each([
    ['Apr 2019', '2019-04'],
    ['April 2019', '2019-04'],
    ['Sept 2020', '2020-09'],
    ['dec 2001', '2001-12'],
    ['Jan. 2018', '2018-01'],
    ['2019', '2019'],
    ['4/2019', '2019-04'],
    ['12/2019', '2019-12'],
    ['', null],
    ['   ', null],
    [undefined, null],
    ['Spring 2019', undefined],
    ['Apx 2019', undefined],
    ['13/2019', undefined],
    ['2019-04-01', undefined],
    ['Present', undefined],
  ])('converts %j', (input, expected) => {
    expect(linkedInDateToYearMonth(input)).toBe(expected)
  })
})
