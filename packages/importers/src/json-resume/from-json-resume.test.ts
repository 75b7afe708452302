import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'

import { describe, expect, it } from 'vitest'

import { ImportError } from '../errors.js'
import { derivePersonId } from '../person-id.js'
import { fromJsonResume } from './from-json-resume.js'

const require = createRequire(import.meta.url)

/** Reads a resume that `@jsonresume/schema` ships, written by the JSON Resume project. */
function shippedResume(path: string): Record<string, unknown> {
  return JSON.parse(readFileSync(require.resolve(`@jsonresume/schema/${path}`), 'utf8'))
}

function catchImportError(run: () => unknown): ImportError {
  try {
    run()
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected an ImportError')
}

describe('fromJsonResume with the shipped sample', () => {
  const person = fromJsonResume(shippedResume('sample.resume.json'))

  it('maps basics', () => {
    expect(person.firstName).toBe('Richard')
    expect(person.lastName).toBe('Hendriks')
    expect(person.headline).toBe('Programmer')
    expect(person.location).toBe('San Francisco, California, United States')
    expect(person.summary).toMatch(/^Richard hails from Tulsa/)
    expect(person.emails).toEqual([{ address: 'richard.hendriks@mail.com', type: 'other' }])
    expect(person.phones).toEqual([{ number: '(912) 555-4321', type: 'other' }])
  })

  it('derives the id from the e-mail address', () => {
    expect(person.id).toBe(derivePersonId({ email: 'richard.hendriks@mail.com' }))
    expect(person.id).toMatch(/^p_[0-9a-f]{24}$/)
  })

  it('sorts website and profiles', () => {
    expect(person.socialUrls).toEqual({
      website: 'http://richardhendricks.example.com',
      twitter: 'https://twitter.com/neutralthoughts',
    })
    expect(person.variables).toEqual({
      profile_soundcloud: 'https://soundcloud.example.com/dandymusicnl',
    })
  })

  it('maps work history', () => {
    expect(person.workHistory).toHaveLength(1)
    expect(person.workHistory[0]).toMatchObject({
      title: 'CEO/President',
      companyName: 'Pied Piper',
      startDate: '2013-12',
      endDate: '2014-12',
      current: false,
    })
    expect(person.workHistory[0]?.description).toMatch(/^Pied Piper is a multi-platform/)
    expect(person.workHistory[0]?.description).toContain('\n• Successfully won Techcrunch Disrupt')
    expect(person.jobTitle).toBeNull()
  })

  it('maps education', () => {
    expect(person.education).toEqual([
      {
        school: 'University of Oklahoma',
        degree: 'Bachelor',
        fieldOfStudy: 'Information Technology',
        startYear: 2011,
        endYear: 2014,
      },
    ])
  })

  it('maps skill keywords to tags', () => {
    expect(person.tags).toEqual(['HTML', 'CSS', 'Javascript', 'Mpeg', 'MP4', 'GIF'])
  })
})

describe('fromJsonResume with the shipped examples', () => {
  it.each(['career-changer', 'new-grad', 'senior-engineer'])('accepts %s', (name) => {
    const person = fromJsonResume(shippedResume(`examples/${name}.resume.json`))

    expect(person.firstName).toBeTruthy()
    expect(person.workHistory.length + person.education.length).toBeGreaterThan(0)
  })
})

describe('fromJsonResume mapping', () => {
  const base = {
    basics: {
      name: 'Zoë Łukasik',
      email: 'zoe.lukasik@example.com',
      location: { city: 'Kraków', countryCode: 'PL' },
      profiles: [
        { network: 'LinkedIn', url: 'https://www.linkedin.com/in/zoe-lukasik' },
        { network: 'GitHub', username: 'zoe-lukasik' },
        { network: 'Mastodon', url: 'https://social.example.org/@zoe' },
      ],
    },
    work: [
      {
        name: 'Example Analytics',
        position: 'Staff Engineer',
        url: 'https://www.example.com',
        startDate: '2021-03',
      },
      { name: 'Example Labs', position: 'Engineer', startDate: '2017', endDate: '2021-02-28' },
    ],
    skills: [{ name: 'Data' }, { name: 'Languages', keywords: ['TypeScript', 'typescript', 'Go'] }],
  }

  it('uses the given id', () => {
    expect(fromJsonResume(base, { id: 'p_given' }).id).toBe('p_given')
  })

  it('takes the current position', () => {
    const person = fromJsonResume(base)

    expect(person.jobTitle).toBe('Staff Engineer')
    expect(person.companyName).toBe('Example Analytics')
    expect(person.companyDomain).toBe('example.com')
    expect(person.workHistory.map((entry) => entry.current)).toEqual([true, false])
    expect(person.workHistory[1]?.endDate).toBe('2021-02')
  })

  it('maps unicode names and places', () => {
    const person = fromJsonResume(base)

    expect(person.firstName).toBe('Zoë')
    expect(person.lastName).toBe('Łukasik')
    expect(person.location).toBe('Kraków, Poland')
  })

  it('sorts profiles', () => {
    const person = fromJsonResume(base)

    expect(person.socialUrls).toEqual({
      linkedin: 'https://www.linkedin.com/in/zoe-lukasik',
      github: 'https://github.com/zoe-lukasik',
      website: 'https://social.example.org/@zoe',
    })
  })

  it('dedupes tags and falls back to skill names', () => {
    expect(fromJsonResume(base).tags).toEqual(['Data', 'TypeScript', 'Go'])
  })

  it('derives the id from the name without an e-mail', () => {
    const person = fromJsonResume({ basics: { name: '王小明' } })

    expect(person.id).toBe(derivePersonId({ name: '王小明' }))
    expect(person.firstName).toBe('王小明')
    expect(person.lastName).toBeNull()
  })

  it('derives the id from the content without a name', () => {
    const resume = { work: [{ name: 'Example Labs' }] }

    expect(fromJsonResume(resume).id).toBe(fromJsonResume({ ...resume }).id)
    expect(fromJsonResume(resume).id).not.toBe(fromJsonResume({ work: [{ name: 'Other' }] }).id)
  })
})

describe('fromJsonResume rejections', () => {
  it.each([
    [
      'a bad date',
      { work: [{ name: 'Example Labs', startDate: 'March 2020' }] },
      'work.0.startDate',
    ],
    [
      'an invalid e-mail',
      { basics: { name: 'Zoë Łukasik', email: 'zoe-at-example' } },
      'basics.email',
    ],
    ['a wrong type', { basics: { name: 42 } }, 'basics.name'],
    ['a list', [], '(root)'],
  ])('rejects %s', (_case, document, path) => {
    const error = catchImportError(() => fromJsonResume(document))

    expect(error.code).toBe('invalid_json_resume')
    expect(error.issues.map((issue) => issue.path)).toContain(path)
  })

  it('rejects a month the person schema forbids', () => {
    const error = catchImportError(() =>
      fromJsonResume({ work: [{ name: 'Example Labs', startDate: '2020-13' }] }),
    )

    expect(error.code).toBe('invalid_person')
    expect(error.issues).toEqual([
      { path: 'workHistory.0.startDate', message: 'must be a date of the form YYYY or YYYY-MM' },
    ])
  })

  it('rejects an end date before the start date', () => {
    const resume = {
      education: [{ institution: 'Example University', startDate: '2014', endDate: '2010' }],
    }
    const error = catchImportError(() => fromJsonResume(resume))

    expect(error.issues.map((issue) => issue.path)).toEqual(['education.0.endYear'])
  })
})
