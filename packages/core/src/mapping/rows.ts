import { SOCIAL_KINDS } from '../schemas/person.js'
import type { FieldMapping } from '../settings/schema.js'
import { variableKindOf, type MappingSection, type VariableKind } from './variable-kinds.js'

/** One source-to-field pair of a field mapping. */
export interface MappingRow {
  section: MappingSection
  /** Platform variable name, or social kind for `socialUrls`. */
  variable: string
  /** CRM field key the variable is written to. */
  target: string
  /** Dotted path of the row, such as `fieldMapping.stringVariables.jobTitle`. */
  path: string
  /** What the variable holds, or `null` when it sits in the wrong section. */
  kind: VariableKind | null
}

/**
 * Lists the rows of a field mapping in a fixed order: string variables,
 * then list variables (one row per target field), then social URL kinds in
 * the order of `SOCIAL_KINDS`. Unmapped (`null`) targets are left out.
 */
export function listMappingRows(mapping: FieldMapping): MappingRow[] {
  const rows: MappingRow[] = []

  for (const [variable, target] of Object.entries(mapping.stringVariables)) {
    if (target === null) continue
    rows.push(makeRow('stringVariables', variable, target, variable))
  }

  for (const [variable, targets] of Object.entries(mapping.listVariables)) {
    targets.forEach((target, index) => {
      rows.push(makeRow('listVariables', variable, target, `${variable}.${index}`))
    })
  }

  for (const kind of SOCIAL_KINDS) {
    const target = mapping.socialUrls[kind]
    if (target) rows.push(makeRow('socialUrls', kind, target, kind))
  }

  return rows
}

function makeRow(
  section: MappingSection,
  variable: string,
  target: string,
  pathTail: string,
): MappingRow {
  return {
    section,
    variable,
    target,
    path: `fieldMapping.${section}.${pathTail}`,
    kind: variableKindOf(section, variable),
  }
}
