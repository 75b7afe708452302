import type { Person } from '@talent-sync/core'
import { describe, expect, it } from 'vitest'

import { matchQueries } from './find-match.js'
import { toMatchSubject } from './match-candidate.js'

describe('matchQueries', () => {
  it('searches e-mails, LinkedIn, then the name, each once', () => {
    expect(
      matchQueries({
        platformPersonId: 'p_1',
        emails: ['ada@example.com', 'ada@example.com', ' '],
        linkedInUrls: ['https://www.linkedin.com/in/ada'],
        firstName: 'Ada',
        lastName: 'Quill',
      }),
    ).toEqual(['ada@example.com', 'https://www.linkedin.com/in/ada', 'Ada Quill'])
  })

  it('leaves out a missing name', () => {
    expect(
      matchQueries({
        platformPersonId: 'p_1',
        emails: [],
        linkedInUrls: [],
        firstName: null,
        lastName: null,
      }),
    ).toEqual([])
  })
})

describe('toMatchSubject', () => {
  it('takes e-mails, LinkedIn URL, name and company', () => {
    const person = {
      id: 'p_1',
      firstName: 'Ada',
      lastName: 'Quill',
      companyName: 'Copperleaf Labs',
      emails: [{ address: 'ada@example.com', type: 'work' }],
      phones: [],
      socialUrls: { linkedin: 'https://www.linkedin.com/in/ada' },
      workHistory: [],
      education: [],
      tags: [],
      variables: {},
    } as unknown as Person

    expect(toMatchSubject(person)).toEqual({
      platformPersonId: 'p_1',
      emails: ['ada@example.com'],
      linkedInUrls: ['https://www.linkedin.com/in/ada'],
      firstName: 'Ada',
      lastName: 'Quill',
      companyName: 'Copperleaf Labs',
    })
  })

  it('has no LinkedIn URL when the person has none', () => {
    const person = {
      id: 'p_2',
      emails: [],
      socialUrls: {},
    } as unknown as Person

    expect(toMatchSubject(person).linkedInUrls).toEqual([])
  })
})
