import { describe, expect, it } from 'vitest'

import {
  compareCompanies,
  compareEmails,
  compareLinkedInUrls,
  namesMatch,
  type PersonName,
} from './evidence.js'

describe('namesMatch', () => {
  it.each<[PersonName, PersonName]>([
    [
      { firstName: 'Zoë', lastName: 'Smith' },
      { firstName: 'ZOE', lastName: 'smith' },
    ],
    [
      { firstName: 'Sean', lastName: "O'Brien-Łukasik" },
      { firstName: 'Sean', lastName: 'OBrien Lukasik' },
    ],
    [
      { firstName: 'Jürgen', lastName: 'Müller' },
      { firstName: 'Jurgen', lastName: 'Muller' },
    ],
    [
      { firstName: 'Mary Ann', lastName: 'Smith' },
      { firstName: 'Mary', lastName: 'Ann Smith' },
    ],
    [
      { firstName: '小明', lastName: '王' },
      { firstName: '小明', lastName: '王' },
    ],
    [
      { firstName: '小明', lastName: '王' },
      { firstName: '王', lastName: '小明' },
    ],
    [
      { firstName: null, lastName: 'Prince' },
      { firstName: '', lastName: 'Prince' },
    ],
    [
      { firstName: ' Ada ', lastName: ' Lovelace ' },
      { firstName: 'Ada', lastName: 'Lovelace' },
    ],
  ])('matches %j and %j', (first, second) => {
    expect(namesMatch(first, second)).toBe(true)
  })

  it.each<[PersonName, PersonName]>([
    [
      { firstName: 'Zoë', lastName: 'Smith' },
      { firstName: 'Zoey', lastName: 'Smith' },
    ],
    [
      { firstName: 'Ada', lastName: 'Lovelace' },
      { firstName: 'Ada', lastName: 'Byron' },
    ],
    [
      { firstName: 'Ada', lastName: null },
      { firstName: 'Ada', lastName: null },
    ],
    [
      { firstName: 'Ada', lastName: '' },
      { firstName: 'Ada', lastName: 'Lovelace' },
    ],
    [
      { firstName: 'Ada', lastName: '...' },
      { firstName: 'Ada', lastName: '---' },
    ],
    [{}, {}],
  ])('rejects %j and %j', (first, second) => {
    expect(namesMatch(first, second)).toBe(false)
  })
})

describe('compareEmails', () => {
  it.each<[string[], string[], string[], boolean]>([
    [['Ada@Example.com'], [' ada@example.com'], ['ada@example.com'], true],
    [['ada@example.com', 'ada@home.example'], ['ada@home.example'], ['ada@home.example'], true],
    [['ada@example.com'], ['byron@example.com'], [], true],
    [['ada@example.com'], [], [], false],
    [['not an email'], ['ada@example.com'], [], false],
  ])('compares %j with %j', (first, second, shared, bothPresent) => {
    expect(compareEmails(first, second)).toEqual({ shared, bothPresent })
  })
})

describe('compareLinkedInUrls', () => {
  it.each<[string[], string[], string[], boolean]>([
    [
      ['uk.linkedin.com/in/Ada/'],
      ['https://www.linkedin.com/in/ada'],
      ['https://www.linkedin.com/in/ada'],
      true,
    ],
    [['https://www.linkedin.com/in/ada'], ['https://www.linkedin.com/in/byron'], [], true],
    [['https://www.linkedin.com/company/acme'], ['https://www.linkedin.com/in/ada'], [], false],
    [[], ['https://www.linkedin.com/in/ada'], [], false],
  ])('compares %j with %j', (first, second, shared, bothPresent) => {
    expect(compareLinkedInUrls(first, second)).toEqual({ shared, bothPresent })
  })
})

describe('compareCompanies', () => {
  it.each<[string | null, string[], 'same' | 'similar' | 'different', string | null]>([
    ['Acme Ltd', ['Globex', 'ACME Limited'], 'same', 'ACME Limited'],
    ['Globex', ['Globexx Inc'], 'similar', 'Globexx Inc'],
    ['Acme Corp', ['Acme Labs'], 'different', null],
    [null, ['Acme'], 'different', null],
    ['Acme', [], 'different', null],
  ])('compares %j with %j', (company, candidates, kind, companyName) => {
    expect(compareCompanies(company, candidates, 0.8)).toEqual({ kind, companyName })
  })
})
