import type { CountryCode } from 'libphonenumber-js'

import { findField } from '../catalogue/clockwork.js'
import type { FieldDefinition } from '../catalogue/field.js'
import type { TaggedFields } from '../schemas/event.js'
import type { Person } from '../schemas/person.js'
import type { FieldMapping } from '../settings/schema.js'
import {
  convertText,
  convertUrl,
  type Conversion,
  type ConversionOptions,
} from './convert-value.js'
import { DraftBuilder } from './draft-builder.js'
import type { PersonDraft } from './draft.js'
import { reconcileCurrentPosition, toEducationValue, toPositionEntry } from './history.js'
import {
  itemsOf,
  listPersonSources,
  readListItems,
  readVariable,
  type SourceText,
} from './person-sources.js'
import { listMappingRows, type MappingRow } from './rows.js'
import { applyTaggedFields } from './tagged-fields.js'
import { findRowProblem } from './validate-mapping.js'

/** Options of {@link mapPersonToDraft}. */
export interface MapPersonOptions {
  /**
   * CRM fields a recruiter may tag (`sync.displayedFields`). A tagged field
   * outside this list is dropped. Defaults to none.
   */
  displayedFields?: readonly string[]
  /** Country for phone numbers written without a country code. */
  defaultPhoneCountry?: CountryCode
}

/**
 * Translates a platform person and a recruiter's tagged fields into CRM
 * field values, following the field mapping and the field catalogue.
 *
 * Values are normalised (text trimmed, e-mails lower-cased, phones in E.164
 * where parseable, LinkedIn URLs canonical, dates as year and month) and
 * list entries de-duplicated by their normalised form. `jobTitle` and
 * `companyName` mapped onto the current title and company become the
 * current position, merged with the work history's current entry. A tagged
 * value of a displayed field replaces the mapped value of that field.
 *
 * Everything the person holds that the draft does not carry is listed in
 * `dropped` with its path and a reason: an unmapped variable, a row of an
 * invalid mapping, an invalid value, a value replaced by a tagged one, or a
 * tagged field that is not displayed. The result depends only on the
 * arguments.
 *
 * @throws {@link InvalidInputError} `invalid_country` when
 *   `defaultPhoneCountry` is not a known country code.
 */
export function mapPersonToDraft(
  person: Person,
  taggedFields: TaggedFields,
  mapping: FieldMapping,
  catalogue: readonly FieldDefinition[],
  options: MapPersonOptions = {},
): PersonDraft {
  const builder = new DraftBuilder()
  const rows = listMappingRows(mapping)

  for (const row of rows) {
    const problem = findRowProblem(row, catalogue)
    const field = findField(catalogue, row.target)
    if (problem !== null || field === undefined) {
      dropRowValues(builder, person, row, `${row.path} is invalid: ${problem}`)
    } else {
      applyRow(builder, person, row, field, options)
    }
  }

  dropUnmappedValues(builder, person, rows)
  applyTaggedFields(builder, taggedFields, catalogue, options)
  reconcileCurrentPosition(builder, catalogue)

  return builder.build(catalogue)
}

function applyRow(
  builder: DraftBuilder,
  person: Person,
  row: MappingRow,
  field: FieldDefinition,
  options: MapPersonOptions,
): void {
  switch (row.kind) {
    case 'workHistory':
      person.workHistory.forEach((entry, index) => {
        builder.addEntry(
          field,
          { type: 'positions', entry: toPositionEntry(entry) },
          `workHistory.${index}`,
        )
      })
      return
    case 'education':
      person.education.forEach((entry, index) => {
        const value = toEducationValue(entry)
        const source = `education.${index}`
        if (value === null) builder.drop(source, 'has no school name')
        else builder.addEntry(field, { type: 'educations', entry: value }, source)
      })
      return
    case 'social': {
      const raw = person.socialUrls[row.variable as keyof Person['socialUrls']]
      if (!raw) return
      const conversion = convertUrl(raw, row.variable === 'linkedin')
      addConversion(
        builder,
        field,
        `socialUrls.${row.variable}`,
        asFieldConversion(conversion, field),
      )
      return
    }
    case 'emails':
    case 'phones':
    case 'tags':
      addTexts(builder, field, readListItems(person, row.kind), options)
      return
    default:
      addVariable(builder, person, row, field, options)
  }
}

function addVariable(
  builder: DraftBuilder,
  person: Person,
  row: MappingRow,
  field: FieldDefinition,
  options: MapPersonOptions,
): void {
  const variable = readVariable(person, row.variable)
  if (variable === null) return

  if (Array.isArray(variable.value) && field.single) {
    builder.drop(variable.source, `is a list, but "${field.key}" holds one value`)
    return
  }
  addTexts(builder, field, itemsOf(variable), options)
}

function addTexts(
  builder: DraftBuilder,
  field: FieldDefinition,
  items: readonly SourceText[],
  options: MapPersonOptions,
): void {
  for (const item of items) {
    const conversionOptions: ConversionOptions = {
      defaultPhoneCountry: options.defaultPhoneCountry,
      location: item.location,
    }
    addConversion(builder, field, item.source, convertText(field, item.raw, conversionOptions))
  }
}

/** Records a conversion in the draft: its value, or the reason it was dropped. */
export function addConversion(
  builder: DraftBuilder,
  field: FieldDefinition,
  source: string,
  conversion: Conversion,
): void {
  if (conversion.kind === 'scalar') builder.addScalar(field, conversion.value, source)
  else if (conversion.kind === 'entry') builder.addEntry(field, conversion.item, source)
  else builder.drop(source, conversion.reason)
}

// A social URL mapped onto a text field is written as that field's text.
function asFieldConversion(conversion: Conversion, field: FieldDefinition): Conversion {
  if (conversion.kind !== 'entry' || field.type !== 'text' || conversion.item.type !== 'url_list') {
    return conversion
  }
  return { kind: 'scalar', value: { type: 'text', value: conversion.item.entry } }
}

function dropRowValues(
  builder: DraftBuilder,
  person: Person,
  row: MappingRow,
  reason: string,
): void {
  for (const group of listPersonSources(person)) {
    if (!group.keys.includes(`${row.section}:${row.variable}`)) continue
    for (const path of group.paths) builder.drop(path, reason)
  }
}

function dropUnmappedValues(
  builder: DraftBuilder,
  person: Person,
  rows: readonly MappingRow[],
): void {
  const mapped = new Set(rows.map((row) => `${row.section}:${row.variable}`))

  for (const group of listPersonSources(person)) {
    if (group.keys.some((key) => mapped.has(key))) continue
    for (const path of group.paths) builder.drop(path, 'no field mapping carries this variable')
  }
}
