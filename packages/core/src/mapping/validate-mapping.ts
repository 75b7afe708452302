import { findField } from '../catalogue/clockwork.js'
import type { FieldDefinition } from '../catalogue/field.js'
import type { FieldIssue } from '../schemas/issues.js'
import type { FieldMapping } from '../settings/schema.js'
import { listMappingRows, type MappingRow } from './rows.js'
import { FIELD_TYPES_BY_VARIABLE_KIND, fitsFieldType } from './variable-kinds.js'

const KIND_LABELS = {
  string: 'a string variable',
  emails: 'the e-mail list',
  phones: 'the phone list',
  workHistory: 'the work history',
  education: 'the education list',
  tags: 'the tag list',
  social: 'a social profile URL',
  customList: 'a custom list variable',
} as const

/**
 * Checks a field mapping against a CRM field catalogue and returns one issue
 * per faulty row, with the row's path (such as
 * `fieldMapping.stringVariables.jobTitle`). A row is faulty when its target
 * field is not in the catalogue, cannot be written, has a type the variable
 * does not fit (see `FIELD_TYPES_BY_VARIABLE_KIND`), or is single-valued and
 * already filled by an earlier string variable or social URL. A built-in
 * variable under the wrong section is also an issue. An empty list means
 * the mapping is valid.
 */
export function validateFieldMapping(
  mapping: FieldMapping,
  catalogue: readonly FieldDefinition[],
): FieldIssue[] {
  const issues: FieldIssue[] = []
  const singleValuedOwners = new Map<string, string>()

  for (const row of listMappingRows(mapping)) {
    const problem = findRowProblem(row, catalogue)
    if (problem !== null) {
      issues.push({ path: row.path, message: problem })
      continue
    }

    const field = findField(catalogue, row.target)
    if (!field?.single) continue

    const owner = singleValuedOwners.get(field.key)
    if (owner === undefined) {
      singleValuedOwners.set(field.key, row.path)
      continue
    }
    issues.push({
      path: row.path,
      message: `"${field.key}" holds one value and ${owner} already maps onto it; choose another field`,
    })
  }

  return issues
}

/**
 * Returns why one mapping row cannot be used, or `null` when it can. Shared
 * with the mapper, which drops the values of such rows with this reason.
 */
export function findRowProblem(
  row: MappingRow,
  catalogue: readonly FieldDefinition[],
): string | null {
  if (row.kind === null) {
    return row.section === 'stringVariables'
      ? `"${row.variable}" is a list variable; map it under fieldMapping.listVariables`
      : `"${row.variable}" is a string variable; map it under fieldMapping.stringVariables`
  }

  const field = findField(catalogue, row.target)
  if (field === undefined) return `"${row.target}" is not a field of the CRM`
  if (!field.writable) return `"${row.target}" is read-only in the CRM`

  if (!fitsFieldType(row.kind, field.type)) {
    const fitting = FIELD_TYPES_BY_VARIABLE_KIND[row.kind].join(', ')
    return `"${row.target}" is a ${field.type} field, but ${KIND_LABELS[row.kind]} fits only ${fitting} fields`
  }

  return null
}
