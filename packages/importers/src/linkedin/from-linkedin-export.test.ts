import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { ImportError } from '../errors.js'
import { derivePersonId } from '../person-id.js'
import { fromLinkedInExport, type LinkedInExportFiles } from './from-linkedin-export.js'

const FIXTURE = join(import.meta.dirname, '../../fixtures/linkedin-export')

function readFixture(): Record<string, string> {
  const names = readdirSync(FIXTURE)
  return Object.fromEntries(names.map((name) => [name, readFileSync(join(FIXTURE, name), 'utf8')]))
}

const PROFILE_HEADER =
  'First Name,Last Name,Maiden Name,Address,Birth Date,Headline,Summary,Industry,Zip Code,Geo Location,Twitter Handles,Websites,Instant Messengers'

function catchImportError(files: LinkedInExportFiles): ImportError {
  try {
    fromLinkedInExport(files)
  } catch (error) {
    if (error instanceof ImportError) return error
    throw error
  }
  throw new Error('expected an ImportError')
}

describe('fromLinkedInExport with the fixture export', () => {
  const person = fromLinkedInExport(readFixture())

  it('reads the profile despite BOM and CRLF', () => {
    expect(person.firstName).toBe('Zoë')
    expect(person.lastName).toBe('Łukasik-Moreau')
    expect(person.headline).toBe('Head of Data, Example Analytics')
    expect(person.location).toBe('Kraków, Lesser Poland, Poland')
    expect(person.summary).toBe(
      'Builds data teams, then hands them over.\r\nLikes "boring" pipelines.',
    )
    expect(person.variables).toEqual({ industry: 'Software Development' })
  })

  it('sorts websites and the Twitter handle', () => {
    expect(person.socialUrls).toEqual({
      website: 'https://zoe.example.org',
      github: 'https://github.com/zoe-example',
      twitter: 'https://twitter.com/zoe_example',
    })
  })

  it('reads positions with quoted fields', () => {
    expect(person.workHistory).toEqual([
      {
        title: 'Head of Data',
        companyName: 'Example Analytics, Inc.',
        startDate: '2021-04',
        endDate: null,
        current: true,
        description: 'Leads a team of 12.\r\n• Moved reporting to one warehouse, on time.',
      },
      {
        title: 'Data Engineer',
        companyName: 'Example Labs',
        startDate: '2017',
        endDate: '2021-03',
        current: false,
        description: null,
      },
    ])
    expect(person.jobTitle).toBe('Head of Data')
    expect(person.companyName).toBe('Example Analytics, Inc.')
  })

  it('reads education', () => {
    expect(person.education).toEqual([
      {
        school: 'Example University of Technology',
        degree: 'Master of Science',
        fieldOfStudy: null,
        startYear: 2012,
        endYear: 2016,
      },
    ])
  })

  it('puts the primary e-mail first', () => {
    expect(person.emails.map((email) => email.address)).toEqual([
      'zoe@example.com',
      'zoe.old@example.org',
    ])
    expect(person.id).toBe(derivePersonId({ email: 'zoe@example.com' }))
  })

  it('reads phones with extensions', () => {
    expect(person.phones).toEqual([
      { number: '+1 202 555 0147', type: 'mobile' },
      { number: '+1 202 555 0199 ext. 12', type: 'work' },
    ])
  })
})

describe('fromLinkedInExport files', () => {
  it('needs only Profile.csv', () => {
    const person = fromLinkedInExport({ 'Profile.csv': `${PROFILE_HEADER}\n王小明,,,,,,,,,,,,\n` })

    expect(person.firstName).toBe('王小明')
    expect(person.workHistory).toEqual([])
    expect(person.id).toBe(derivePersonId({ name: '王小明' }))
  })

  it('matches file names by base name and case', () => {
    const person = fromLinkedInExport({
      'export/profile.csv': `${PROFILE_HEADER}\nZoë,Łukasik,,,,,,,,,,,\n`,
      'export/POSITIONS.CSV':
        'Company Name,Title,Description,Location,Started On,Finished On\nExample Labs,Analyst,,,Jan 2020,\n',
    })

    expect(person.workHistory.map((entry) => entry.companyName)).toEqual(['Example Labs'])
  })

  it('rejects a missing Profile.csv', () => {
    const error = catchImportError({
      'Positions.csv': 'Company Name,Title\nExample Labs,Analyst\n',
    })

    expect(error.code).toBe('linkedin_profile_missing')
    expect(error.message).toContain('Profile.csv')
  })

  it.each([
    ['an empty file', ''],
    ['a header only', `${PROFILE_HEADER}\r\n`],
  ])('rejects %s as Profile.csv', (_case, text) => {
    expect(catchImportError({ 'Profile.csv': text }).code).toBe('empty_file')
  })

  it('rejects an unclosed quote', () => {
    const error = catchImportError({ 'Profile.csv': `${PROFILE_HEADER}\nZoë,"Łukasik\n` })

    expect(error.code).toBe('invalid_csv')
    expect(error.message).toMatch(/^Profile\.csv is not valid CSV/)
  })
})

describe('fromLinkedInExport rejections', () => {
  const profile = `${PROFILE_HEADER}\nZoë,Łukasik,,,,,,,,,,,\n`

  it('names each bad date', () => {
    const error = catchImportError({
      'Profile.csv': profile,
      'Positions.csv':
        'Company Name,Title,Description,Location,Started On,Finished On\n' +
        'Example Labs,Analyst,"Two\nlines",,Spring 2019,\n' +
        'Example Co,Intern,,,2018,Present\n',
      'Education.csv':
        'School Name,Start Date,End Date,Notes,Degree Name,Activities\nExample College,sometime,2016,,,\n',
    })

    expect(error.code).toBe('invalid_date')
    expect(error.issues).toEqual([
      {
        path: 'Positions.csv row 2, Started On',
        message: '"Spring 2019" is not a date such as "Apr 2019" or "2019"',
      },
      {
        path: 'Positions.csv row 3, Finished On',
        message: '"Present" is not a date such as "Apr 2019" or "2019"',
      },
      {
        path: 'Education.csv row 2, Start Date',
        message: '"sometime" is not a date such as "Apr 2019" or "2019"',
      },
    ])
  })

  it('rejects an invalid e-mail with its path', () => {
    const error = catchImportError({
      'Profile.csv': profile,
      'Email Addresses.csv':
        'Email Address,Confirmed,Primary,Updated On\nzoe@example.com,Yes,Yes,\nnot-an-address,No,No,\n',
    })

    expect(error.code).toBe('invalid_person')
    expect(error.issues).toEqual([
      { path: 'emails.1.address', message: 'must be a valid e-mail address' },
    ])
  })

  it('rejects a position that ends before it starts', () => {
    const error = catchImportError({
      'Profile.csv': profile,
      'Positions.csv':
        'Company Name,Title,Description,Location,Started On,Finished On\nExample Labs,Analyst,,,May 2020,Jan 2019\n',
    })

    expect(error.issues.map((issue) => issue.path)).toEqual(['workHistory.0.endDate'])
  })
})
