import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { readPeopleFiles } from './read-files.js'

const require = createRequire(import.meta.url)
const FIXTURE = join(import.meta.dirname, '../fixtures/linkedin-export')
const SAMPLE_RESUME = require.resolve('@jsonresume/schema/sample.resume.json')

const folder = mkdtempSync(join(tmpdir(), 'importers-read-files-'))
afterAll(() => rmSync(folder, { recursive: true, force: true }))

function write(name: string, text: string): string {
  const path = join(folder, name)
  mkdirSync(join(path, '..'), { recursive: true })
  writeFileSync(path, text)
  return path
}

const zoe = { id: 'p_zoe', firstName: 'Zoë', lastName: 'Łukasik' }

describe('readPeopleFiles', () => {
  it('reads every supported kind', async () => {
    const people = write(
      'people.json',
      JSON.stringify({ people: [zoe, { id: 'p_ming', firstName: '王小明' }] }),
    )
    const resume = write('resume.txt', readFileSync(SAMPLE_RESUME, 'utf8'))

    const result = await readPeopleFiles([people, resume, FIXTURE])

    expect(result.rejected).toEqual([])
    expect(result.people.map((person) => person.firstName)).toEqual([
      'Zoë',
      '王小明',
      'Richard',
      'Zoë',
    ])
  })

  it('groups CSV files of one folder', async () => {
    const export1 = join(folder, 'export-1')
    cpSync(FIXTURE, export1, { recursive: true })

    const result = await readPeopleFiles([
      join(export1, 'Positions.csv'),
      join(export1, 'Profile.csv'),
    ])

    expect(result.rejected).toEqual([])
    expect(result.people).toHaveLength(1)
    expect(result.people[0]?.workHistory).toHaveLength(2)
  })

  it('reads the JSON files of a folder', async () => {
    write('resumes/a.json', JSON.stringify({ basics: { name: 'Ana Example' } }))
    write('resumes/b.json', JSON.stringify({ basics: { name: 'Ben Example' } }))
    write('resumes/notes.md', '# not a resume')

    const result = await readPeopleFiles([join(folder, 'resumes')])

    expect(result.people.map((person) => person.lastName)).toEqual(['Example', 'Example'])
    expect(result.people.map((person) => person.firstName)).toEqual(['Ana', 'Ben'])
    expect(result.rejected).toEqual([])
  })

  it.each([
    ['an empty file', 'empty.json', '  \n', 'empty_file'],
    ['broken JSON', 'broken.json', '{"id": ', 'invalid_json'],
    ['an unknown shape', 'other.json', '{"title": "Notes"}', 'unknown_format'],
    [
      'a bad JSON Resume',
      'bad-resume.json',
      '{"basics": {"email": "zoe-at-example"}}',
      'invalid_json_resume',
    ],
  ])('rejects %s', async (_case, name, text, code) => {
    const path = write(name, text)

    const result = await readPeopleFiles([path])

    expect(result.people).toEqual([])
    expect(result.rejected).toHaveLength(1)
    expect(result.rejected[0]?.source).toBe(path)
    expect(result.rejected[0]?.code).toBe(code)
    expect(result.rejected[0]?.reason).toContain(path)
  })

  it('rejects a missing path', async () => {
    const path = join(folder, 'missing.json')

    const result = await readPeopleFiles([path])

    expect(result.rejected).toEqual([
      { source: path, code: 'file_not_found', reason: `${path} does not exist.` },
    ])
  })

  it('names the field of an invalid e-mail', async () => {
    const path = write(
      'mixed.json',
      JSON.stringify([zoe, { id: 'p_bad', emails: [{ address: 'nope' }] }]),
    )

    const result = await readPeopleFiles([path])

    expect(result.people.map((person) => person.id)).toEqual(['p_zoe'])
    expect(result.rejected[0]?.issues).toEqual([
      { path: '1.emails.0.address', message: 'must be a valid e-mail address' },
    ])
  })

  it('rejects an export without Profile.csv', async () => {
    const path = write('export-2/Positions.csv', 'Company Name,Title\nExample Labs,Analyst\n')

    const result = await readPeopleFiles([path])

    expect(result.rejected).toHaveLength(1)
    expect(result.rejected[0]?.source).toBe(join(folder, 'export-2'))
    expect(result.rejected[0]?.code).toBe('linkedin_profile_missing')
  })

  it('rejects an empty Profile.csv', async () => {
    const path = write('export-3/Profile.csv', '')

    const result = await readPeopleFiles([path])

    expect(result.rejected[0]?.code).toBe('empty_file')
  })
})
