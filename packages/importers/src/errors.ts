import type { FieldIssue } from '@talent-sync/core'

/** Stable codes of {@link ImportError}, one per way an input can be rejected. */
export const IMPORT_ERROR_CODES = [
  'file_not_found',
  'file_unreadable',
  'empty_file',
  'invalid_json',
  'unknown_format',
  'invalid_json_resume',
  'invalid_csv',
  'linkedin_profile_missing',
  'invalid_date',
  'invalid_person',
] as const

/** One of {@link IMPORT_ERROR_CODES}. */
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number]

/**
 * An input that cannot become a person. `issues` names each field at fault
 * with a dotted path, in the shape core's `toFieldIssues` returns.
 */
export class ImportError extends Error {
  /** Stable machine-readable code. */
  readonly code: ImportErrorCode
  /** The fields at fault, when the input was parsed far enough to name them. */
  readonly issues: FieldIssue[]

  constructor(code: ImportErrorCode, message: string, issues: FieldIssue[] = []) {
    super(message)
    this.name = 'ImportError'
    this.code = code
    this.issues = issues
  }
}
