import type { FieldDefinition } from '../catalogue/field.js'
import { findField } from '../catalogue/clockwork.js'
import { foldForComparison } from '../normalize/fold.js'
import { normalizeLongText, normalizeText } from '../normalize/text.js'
import { normalizeYearMonth } from '../normalize/year-month.js'
import type { EducationEntry, WorkHistoryEntry } from '../schemas/person.js'
import type { DraftBuilder } from './draft-builder.js'
import type { EducationValue, PositionEntry } from './draft.js'

/**
 * CRM text fields that describe the current position. Clockwork shows the
 * title and company of a person's current position in them, so the draft
 * writes them as that position and never as separate text.
 */
export const CURRENT_POSITION_FIELDS = { title: 'currentTitle', company: 'currentCompany' } as const

/** Turns a work history entry into a CRM position with normalised text and dates. */
export function toPositionEntry(entry: WorkHistoryEntry): PositionEntry {
  return {
    title: normalizeText(entry.title),
    companyName: normalizeText(entry.companyName),
    start: normalizeYearMonth(entry.startDate),
    end: normalizeYearMonth(entry.endDate),
    current: entry.current,
    description: normalizeLongText(entry.description),
  }
}

/** Turns an education entry into a CRM education with normalised text. */
export function toEducationValue(entry: EducationEntry): EducationValue | null {
  const schoolName = normalizeText(entry.school)
  if (schoolName === null) return null

  return {
    schoolName,
    degree: normalizeText(entry.degree),
    fieldOfStudy: normalizeText(entry.fieldOfStudy),
    startYear: entry.startYear ?? null,
    endYear: entry.endYear ?? null,
  }
}

/**
 * Makes the current title and company and the current position of the
 * positions field agree, so the CRM gets one current position:
 *
 * - a current position of the work history that fits the title and company
 *   (equal when folded, or unknown) takes any part it lacks from them;
 * - otherwise a current position made of the title and company is put first;
 * - a title or company the draft lacks is filled from the current position,
 *   so a mandatory current title can be met from the work history.
 */
export function reconcileCurrentPosition(
  builder: DraftBuilder,
  catalogue: readonly FieldDefinition[],
): void {
  const positionsField = findPositionsField(builder, catalogue)
  if (positionsField === undefined) return

  const title = builder.scalarOf(CURRENT_POSITION_FIELDS.title)
  const company = builder.scalarOf(CURRENT_POSITION_FIELDS.company)
  const titleText = title ? String(title.value.value) : null
  const companyText = company ? String(company.value.value) : null
  const current = builder
    .entriesOf(positionsField.key)
    .find((entry) => entry.item.type === 'positions' && entry.item.entry.current)
  const currentPosition = current?.item.type === 'positions' ? current.item.entry : undefined

  let position = currentPosition
  let positionSource = current?.sources[0]

  const hasTitleOrCompany = titleText !== null || companyText !== null
  const fitsCurrent =
    position !== undefined &&
    fits(position.title, titleText) &&
    fits(position.companyName, companyText)

  if (hasTitleOrCompany && position !== undefined && fitsCurrent) {
    position.title ??= titleText
    position.companyName ??= companyText
  } else if (hasTitleOrCompany) {
    position = {
      title: titleText,
      companyName: companyText,
      start: null,
      end: null,
      current: true,
      description: null,
    }
    positionSource = title?.source ?? company?.source
    const sources = [title?.source, company?.source].filter((source) => source !== undefined)
    builder.prependEntry(positionsField, { type: 'positions', entry: position }, sources)
  }

  if (position !== undefined) fillCurrentFields(builder, catalogue, position, positionSource)
}

function findPositionsField(
  builder: DraftBuilder,
  catalogue: readonly FieldDefinition[],
): FieldDefinition | undefined {
  const writable = catalogue.filter((field) => field.type === 'positions' && field.writable)
  return writable.find((field) => builder.has(field.key)) ?? writable[0]
}

function fillCurrentFields(
  builder: DraftBuilder,
  catalogue: readonly FieldDefinition[],
  position: PositionEntry,
  source = 'workHistory',
): void {
  const pairs = [
    [CURRENT_POSITION_FIELDS.title, position.title],
    [CURRENT_POSITION_FIELDS.company, position.companyName],
  ] as const

  for (const [key, text] of pairs) {
    const field = findField(catalogue, key)
    const isEmpty = builder.scalarOf(key) === null
    if (isEmpty && field?.writable && field.type === 'text' && text !== null) {
      builder.addScalar(field, { type: 'text', value: text }, source)
    }
  }
}

function fits(known: string | null, given: string | null): boolean {
  return known === null || given === null || foldForComparison(known) === foldForComparison(given)
}
