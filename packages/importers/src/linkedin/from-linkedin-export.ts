import type { FieldIssue, Person } from '@talent-sync/core'

import { ImportError } from '../errors.js'
import { parsePerson } from '../parse-person.js'
import { derivePersonId } from '../person-id.js'
import { sortProfileLinks } from '../social.js'
import { cell, readCsv, type CsvRow } from './csv.js'
import { readProfileLinks } from './profile-links.js'
import { LINKEDIN_FILES, mapEducation, mapEmails, mapPhones, mapPositions } from './sections.js'

/** The CSV files of one LinkedIn data export, as text keyed by file name. */
export type LinkedInExportFiles = Readonly<Record<string, string>>

/** Options of {@link fromLinkedInExport}. */
export interface FromLinkedInExportOptions {
  /** The platform person id; derived with `derivePersonId` when missing. */
  id?: string
  /** Name of the export in error messages, such as its folder. */
  sourceName?: string
}

/**
 * Converts the CSV files of one LinkedIn data export ("Get a copy of your
 * data") to a platform person. `Profile.csv` is required, while
 * `Positions.csv`, `Education.csv`, `Email Addresses.csv` and
 * `PhoneNumbers.csv` are read when present. File names match without
 * regard to case or folder. Without `options.id`, the id is derived from
 * the primary e-mail address, else from the name.
 *
 * Birth date, address, zip code and instant messenger columns are not
 * read: the person schema has no place for them, and they are not needed
 * to find the person in a CRM.
 *
 * @throws ImportError `linkedin_profile_missing` without `Profile.csv`,
 *   `empty_file` when it has no data row, `invalid_csv`, `invalid_date`
 *   naming each file, row and column, or `invalid_person`.
 */
export function fromLinkedInExport(
  files: LinkedInExportFiles,
  options: FromLinkedInExportOptions = {},
): Person {
  const sourceName = options.sourceName ?? 'the LinkedIn export'
  const rows = readExportRows(files, sourceName)
  const profile = rows.profile[0]
  if (!profile) {
    throw new ImportError(
      'empty_file',
      `${LINKEDIN_FILES.profile} in ${sourceName} has no data row.`,
    )
  }

  const issues: FieldIssue[] = []
  const workHistory = mapPositions(rows.positions, issues)
  const education = mapEducation(rows.education, issues)
  if (issues.length > 0) {
    throw new ImportError('invalid_date', `${sourceName} has dates that cannot be read.`, issues)
  }

  const emails = mapEmails(rows.emails)
  const firstName = cell(profile, 'First Name')
  const lastName = cell(profile, 'Last Name')
  const links = sortProfileLinks(
    readProfileLinks(profile.values['Websites'], profile.values['Twitter Handles']),
  )
  const current = workHistory.find((entry) => entry.current)
  const industry = cell(profile, 'Industry')

  return parsePerson(
    {
      id:
        options.id ??
        derivePersonId({
          email: emails[0]?.address,
          name: [firstName, lastName].filter(Boolean).join(' '),
          content: profile.values,
        }),
      firstName: firstName ?? null,
      lastName: lastName ?? null,
      headline: cell(profile, 'Headline') ?? null,
      jobTitle: current?.title ?? null,
      companyName: current?.companyName ?? null,
      location: cell(profile, 'Geo Location') ?? null,
      summary: cell(profile, 'Summary') ?? null,
      emails,
      phones: mapPhones(rows.phones),
      socialUrls: links.socialUrls,
      workHistory,
      education,
      variables: industry ? { ...links.variables, industry } : links.variables,
    },
    sourceName,
  )
}

type ExportRows = Record<keyof typeof LINKEDIN_FILES, CsvRow[]>

function readExportRows(files: LinkedInExportFiles, sourceName: string): ExportRows {
  const byName = new Map(
    Object.entries(files).map(([path, text]) => [baseName(path).toLowerCase(), text]),
  )
  const read = (fileName: string) => {
    const text = byName.get(fileName.toLowerCase())
    return text === undefined ? [] : readCsv(text, fileName)
  }

  if (!byName.has(LINKEDIN_FILES.profile.toLowerCase())) {
    throw new ImportError(
      'linkedin_profile_missing',
      `${sourceName} has no ${LINKEDIN_FILES.profile}; add it from the LinkedIn data export.`,
      [{ path: LINKEDIN_FILES.profile, message: 'is missing' }],
    )
  }

  return {
    profile: read(LINKEDIN_FILES.profile),
    positions: read(LINKEDIN_FILES.positions),
    education: read(LINKEDIN_FILES.education),
    emails: read(LINKEDIN_FILES.emails),
    phones: read(LINKEDIN_FILES.phones),
  }
}

function baseName(path: string): string {
  return path.split(/[\\/]/).at(-1) ?? path
}
