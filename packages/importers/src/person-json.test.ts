import { describe, expect, it } from 'vitest'

import { fromPersonJson } from './person-json.js'

const zoe = {
  id: 'p_zoe',
  firstName: 'Zoë',
  lastName: 'Łukasik',
  emails: [{ address: 'zoe@example.com' }],
}
const ming = { id: 'p_ming', firstName: '王小明' }
const broken = { id: 'p_broken', emails: [{ address: 'not-an-address' }] }

describe('fromPersonJson', () => {
  it.each([
    ['one person', zoe, ['p_zoe']],
    ['an array', [zoe, ming], ['p_zoe', 'p_ming']],
    ['a people object', { people: [zoe, ming] }, ['p_zoe', 'p_ming']],
    ['an empty array', [], []],
  ])('reads %s', (_case, value, ids) => {
    const result = fromPersonJson(value)

    expect(result.people.map((person) => person.id)).toEqual(ids)
    expect(result.rejected).toEqual([])
  })

  it('applies schema defaults', () => {
    const [person] = fromPersonJson(zoe).people

    expect(person?.emails).toEqual([{ address: 'zoe@example.com', type: 'other' }])
    expect(person?.tags).toEqual([])
  })

  it.each([
    ['an array', [zoe, broken], 'The person at 1 is invalid.', '1.emails.0.address'],
    [
      'a people object',
      { people: [broken, zoe] },
      'The person at people.0 is invalid.',
      'people.0.emails.0.address',
    ],
    ['one person', broken, 'The person is invalid.', 'emails.0.address'],
  ])('rejects a bad person in %s', (_case, value, reason, path) => {
    const result = fromPersonJson(value, 'people.json')

    expect(result.people.map((person) => person.id)).toEqual(value === broken ? [] : ['p_zoe'])
    expect(result.rejected).toEqual([
      {
        source: 'people.json',
        reason,
        code: 'invalid_person',
        issues: [{ path, message: 'must be a valid e-mail address' }],
      },
    ])
  })

  it('names an unknown key', () => {
    const result = fromPersonJson({ ...zoe, nickname: 'Zo' })

    expect(result.rejected[0]?.issues).toEqual([
      { path: 'nickname', message: 'is not a known field; remove it' },
    ])
  })

  it('rejects a value that is not an object', () => {
    const result = fromPersonJson('Zoë')

    expect(result.rejected[0]?.issues?.[0]?.path).toBe('(root)')
  })
})
