import type { FieldIssue, Person } from '@talent-sync/core'

import type { ImportErrorCode } from './errors.js'

/** An input that did not become a person, and why. */
export interface Rejection {
  /** The file or folder the input came from. */
  source: string
  /** A sentence saying what is wrong. */
  reason: string
  /** Stable code of the problem, one of the `ImportError` codes. */
  code: ImportErrorCode
  /** The fields at fault, with dotted paths inside the source, when known. */
  issues?: FieldIssue[]
}

/** People read from some inputs, and the inputs that were rejected. */
export interface ImportResult {
  people: Person[]
  rejected: Rejection[]
}
