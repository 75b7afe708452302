/**
 * Reads people for talent-sync from files: JSON Resume documents, LinkedIn
 * data-export CSVs and talent-sync's own person JSON. Every person is
 * parsed with core's `personSchema`, and every rejected input says why.
 *
 * @packageDocumentation
 */
export { ImportError, IMPORT_ERROR_CODES, type ImportErrorCode } from './errors.js'
export { derivePersonId, type PersonIdSource } from './person-id.js'
export { splitFullName, type SplitName } from './names.js'
export {
  fromJsonResume,
  validateJsonResume,
  type FromJsonResumeOptions,
} from './json-resume/from-json-resume.js'
export {
  fromLinkedInExport,
  type FromLinkedInExportOptions,
  type LinkedInExportFiles,
} from './linkedin/from-linkedin-export.js'
export { fromPersonJson } from './person-json.js'
export { readPeopleFiles } from './read-files.js'
export { detectJsonKind, type JsonKind } from './detect.js'
export type { ImportResult, Rejection } from './result.js'
