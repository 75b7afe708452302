import { PHONE_TYPES, type FieldIssue, type PersonInput } from '@talent-sync/core'

import { linkedInDateToYearMonth } from '../dates.js'
import { cell, type CsvRow } from './csv.js'

type WorkHistoryInput = NonNullable<PersonInput['workHistory']>[number]
type EducationInput = NonNullable<PersonInput['education']>[number]
type EmailInput = NonNullable<PersonInput['emails']>[number]
type PhoneInput = NonNullable<PersonInput['phones']>[number]

/** Export file names, as LinkedIn's "Get a copy of your data" archive names them. */
export const LINKEDIN_FILES = {
  profile: 'Profile.csv',
  positions: 'Positions.csv',
  education: 'Education.csv',
  emails: 'Email Addresses.csv',
  phones: 'PhoneNumbers.csv',
} as const

/**
 * Reads a date column, adding an issue such as `Positions.csv row 3,
 * Started On` when the value is not a date LinkedIn writes.
 */
function readDate(row: CsvRow, column: string, fileName: string, issues: FieldIssue[]) {
  const date = linkedInDateToYearMonth(row.values[column])
  if (date === undefined) {
    issues.push({
      path: `${fileName} row ${row.row}, ${column}`,
      message: `"${cell(row, column)}" is not a date such as "Apr 2019" or "2019"`,
    })
    return null
  }
  return date
}

/**
 * Maps `Positions.csv` rows to work history, newest first as LinkedIn
 * writes them. A position without "Finished On" is current. Rows with
 * neither a company nor a title are left out.
 */
export function mapPositions(rows: readonly CsvRow[], issues: FieldIssue[]): WorkHistoryInput[] {
  const file = LINKEDIN_FILES.positions
  return rows
    .filter((row) => cell(row, 'Company Name') || cell(row, 'Title'))
    .map((row) => {
      const endDate = readDate(row, 'Finished On', file, issues)
      return {
        title: cell(row, 'Title') ?? null,
        companyName: cell(row, 'Company Name') ?? null,
        startDate: readDate(row, 'Started On', file, issues),
        endDate,
        current: endDate === null,
        description: cell(row, 'Description') ?? null,
      }
    })
}

/**
 * Maps `Education.csv` rows: "School Name" to school and "Degree Name" to
 * degree, with the years of "Start Date" and "End Date". The export has no
 * field of study column. Rows without a school are left out.
 */
export function mapEducation(rows: readonly CsvRow[], issues: FieldIssue[]): EducationInput[] {
  const file = LINKEDIN_FILES.education
  return rows
    .filter((row) => cell(row, 'School Name'))
    .map((row) => ({
      school: cell(row, 'School Name') ?? '',
      degree: cell(row, 'Degree Name') ?? null,
      fieldOfStudy: null,
      startYear: yearOf(readDate(row, 'Start Date', file, issues)),
      endYear: yearOf(readDate(row, 'End Date', file, issues)),
    }))
}

function yearOf(date: string | null): number | null {
  return date ? Number(date.slice(0, 4)) : null
}

/**
 * Maps `Email Addresses.csv` rows, the address marked "Primary" first. The
 * export does not say whether an address is work or personal, so each
 * gets the type `other`.
 */
export function mapEmails(rows: readonly CsvRow[]): EmailInput[] {
  const isPrimary = (row: CsvRow) => cell(row, 'Primary')?.toLowerCase() === 'yes'
  const ordered = [...rows.filter(isPrimary), ...rows.filter((row) => !isPrimary(row))]

  return ordered
    .map((row) => cell(row, 'Email Address'))
    .filter((address): address is string => address !== undefined)
    .map((address) => ({ address, type: 'other' }))
}

/**
 * Maps `PhoneNumbers.csv` rows. "Type" values that match a phone type
 * ("Mobile", "Work", "Home") keep it, and others become `other`. An
 * extension is appended as ` ext. N`.
 */
export function mapPhones(rows: readonly CsvRow[]): PhoneInput[] {
  const types: readonly string[] = PHONE_TYPES

  return rows
    .filter((row) => cell(row, 'Number'))
    .map((row) => {
      const extension = cell(row, 'Extension')
      const type = cell(row, 'Type')?.toLowerCase() ?? 'other'
      return {
        number: extension
          ? `${cell(row, 'Number')} ext. ${extension}`
          : (cell(row, 'Number') ?? ''),
        type: (types.includes(type) ? type : 'other') as PhoneInput['type'],
      }
    })
}
