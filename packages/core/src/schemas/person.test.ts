import { describe, expect, it } from 'vitest'

import { toFieldIssues } from './issues.js'
import { LIMITS } from './limits.js'
import { personSchema } from './person.js'

function issuesOf(input: unknown) {
  const result = personSchema.safeParse(input)
  return result.success ? [] : toFieldIssues(result.error)
}

describe('personSchema', () => {
  it.each([
    ['Zoë', "O'Brien-Łukasik"],
    ['小明', '王'],
    ['José María', 'García Márquez'],
    ["D'Arcy", 'de la Cruz'],
  ])('accepts the name %s %s unchanged', (firstName, lastName) => {
    const person = personSchema.parse({ id: 'p_1', firstName, lastName })

    expect(person.firstName).toBe(firstName)
    expect(person.lastName).toBe(lastName)
  })

  it('fills defaults for missing lists', () => {
    const person = personSchema.parse({ id: 'p_1' })

    expect(person.emails).toEqual([])
    expect(person.phones).toEqual([])
    expect(person.workHistory).toEqual([])
    expect(person.education).toEqual([])
    expect(person.tags).toEqual([])
    expect(person.socialUrls).toEqual({})
    expect(person.variables).toEqual({})
  })

  it('accepts null for optional text', () => {
    const person = personSchema.parse({ id: 'p_1', firstName: null, summary: null })

    expect(person.firstName).toBeNull()
  })

  it.each<[string, unknown, string]>([
    ['a missing id', {}, 'id'],
    ['an empty id', { id: '  ' }, 'id'],
    ['an unknown key', { id: 'p', nickname: 'x' }, 'nickname'],
    ['a 50 KB name', { id: 'p', firstName: 'x'.repeat(50_000) }, 'firstName'],
    ['an invalid e-mail', { id: 'p', emails: [{ address: 'not-an-email' }] }, 'emails.0.address'],
    [
      'an unknown e-mail type',
      { id: 'p', emails: [{ address: 'a@b.co', type: 'x' }] },
      'emails.0.type',
    ],
    ['an empty phone', { id: 'p', phones: [{ number: ' ' }] }, 'phones.0.number'],
    [
      'a javascript URL',
      { id: 'p', socialUrls: { linkedin: 'javascript:alert(1)' } },
      'socialUrls.linkedin',
    ],
    ['a relative URL', { id: 'p', socialUrls: { github: '/u/jane' } }, 'socialUrls.github'],
    [
      'an unknown social kind',
      { id: 'p', socialUrls: { myspace: 'https://myspace.com/x' } },
      'socialUrls.myspace',
    ],
    [
      'a bad start date',
      { id: 'p', workHistory: [{ title: 'CTO', startDate: '2019-13' }] },
      'workHistory.0.startDate',
    ],
    [
      'a position with no title or company',
      { id: 'p', workHistory: [{ startDate: '2019' }] },
      'workHistory.0',
    ],
    [
      'a current position with an end',
      { id: 'p', workHistory: [{ title: 'CTO', current: true, endDate: '2020' }] },
      'workHistory.0.endDate',
    ],
    [
      'an end before the start',
      { id: 'p', workHistory: [{ title: 'CTO', startDate: '2020-05', endDate: '2019-01' }] },
      'workHistory.0.endDate',
    ],
    [
      'an education without school',
      { id: 'p', education: [{ degree: 'BSc' }] },
      'education.0.school',
    ],
    [
      'an education year out of range',
      { id: 'p', education: [{ school: 'X', startYear: 1700 }] },
      'education.0.startYear',
    ],
    ['an empty tag', { id: 'p', tags: [''] }, 'tags.0'],
    ['a bad variable name', { id: 'p', variables: { '1x': 'a' } }, 'variables.1x'],
  ])('rejects %s', (_case, input, path) => {
    const paths = issuesOf(input).map((issue) => issue.path)

    expect(paths).toContain(path)
  })

  it('rejects more list entries than the limit', () => {
    const emails = Array.from({ length: LIMITS.listItems + 1 }, (_, index) => ({
      address: `p${index}@example.com`,
    }))

    expect(issuesOf({ id: 'p', emails }).map((issue) => issue.path)).toContain('emails')
  })

  it('reports every bad field at once', () => {
    const issues = issuesOf({
      id: 'p',
      firstName: 'x'.repeat(600),
      emails: [{ address: 'bad' }],
      socialUrls: { linkedin: 'ftp://x' },
    })

    expect(issues.map((issue) => issue.path).sort()).toEqual([
      'emails.0.address',
      'firstName',
      'socialUrls.linkedin',
    ])
  })
})
