import { findField } from '../catalogue/clockwork.js'
import type { FieldDefinition } from '../catalogue/field.js'
import type { FieldIssue } from '../schemas/issues.js'
import type { SyncSettings } from '../settings/schema.js'

type FieldListName = 'displayedFields' | 'mandatoryFields' | 'protectedFields' | 'filterableFields'

const ROLES: readonly {
  list: FieldListName
  allows: (field: FieldDefinition) => boolean
  role: string
}[] = [
  { list: 'displayedFields', allows: (field) => field.canBeDisplayed, role: 'displayed' },
  { list: 'mandatoryFields', allows: (field) => field.canBeMandatory, role: 'mandatory' },
  { list: 'protectedFields', allows: (field) => field.canBeProtected, role: 'protected' },
  { list: 'filterableFields', allows: (field) => field.canBeFiltered, role: 'filterable' },
]

/**
 * Checks the displayed, mandatory, protected and filterable field lists of
 * the sync settings against a CRM field catalogue. Each entry must name a
 * field of the catalogue that allows that role (`canBeDisplayed`,
 * `canBeMandatory`, `canBeProtected`, `canBeFiltered`). Returns one issue
 * per faulty entry, with a path such as `sync.mandatoryFields.2`; an empty
 * list means the lists are valid.
 */
export function validateSyncFieldLists(
  sync: Pick<SyncSettings, FieldListName>,
  catalogue: readonly FieldDefinition[],
): FieldIssue[] {
  const issues: FieldIssue[] = []

  for (const { list, allows, role } of ROLES) {
    sync[list].forEach((key, index) => {
      const path = `sync.${list}.${index}`
      const field = findField(catalogue, key)

      if (field === undefined) {
        issues.push({ path, message: `"${key}" is not a field of the CRM` })
      } else if (!allows(field)) {
        issues.push({ path, message: `"${key}" cannot be ${role}` })
      }
    })
  }

  return issues
}
