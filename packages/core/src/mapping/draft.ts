import type { YearMonth } from '../normalize/year-month.js'

/** Where a contact detail is used, as Clockwork records it. */
export type ContactLocation = 'work' | 'home' | 'other'

/** One e-mail address of a CRM person, lower-cased. */
export interface EmailEntry {
  address: string
  location: ContactLocation
}

/** One phone number of a CRM person. */
export interface PhoneEntry {
  /** E.164 (`+442079460000`) when the number could be parsed, else the text as given. */
  number: string
  /** Extension digits, which E.164 cannot carry; `null` when there is none. */
  extension: string | null
  location: ContactLocation
}

/** One postal address of a CRM person, as one line of text. */
export interface AddressEntry {
  formatted: string
}

/** One position (job) of a CRM person. */
export interface PositionEntry {
  title: string | null
  companyName: string | null
  start: YearMonth | null
  end: YearMonth | null
  current: boolean
  description: string | null
}

/** One education entry of a CRM person. */
export interface EducationValue {
  schoolName: string
  degree: string | null
  fieldOfStudy: string | null
  startYear: number | null
  endYear: number | null
}

/**
 * The value of one CRM person field, tagged with the field's type so that
 * the planner can compare and write it without the catalogue. `url_list`
 * and `tags` hold normalised strings.
 */
export type FieldValue =
  | { type: 'text'; value: string }
  | { type: 'long_text'; value: string }
  | { type: 'choice'; value: string }
  | { type: 'boolean'; value: boolean }
  | { type: 'email_list'; value: EmailEntry[] }
  | { type: 'phone_list'; value: PhoneEntry[] }
  | { type: 'url_list'; value: string[] }
  | { type: 'tags'; value: string[] }
  | { type: 'address_list'; value: AddressEntry[] }
  | { type: 'positions'; value: PositionEntry[] }
  | { type: 'educations'; value: EducationValue[] }

/** Field types whose value is a list of entries. */
export type ListFieldValue = Exclude<
  FieldValue,
  { type: 'text' | 'long_text' | 'choice' | 'boolean' }
>

/** One entry of a list field value, tagged with the list's type. */
export type ListEntry = {
  [T in ListFieldValue['type']]: {
    type: T
    entry: Extract<ListFieldValue, { type: T }>['value'][number]
  }
}[ListFieldValue['type']]

/** Field values keyed by CRM field key. */
export type FieldValues = Record<string, FieldValue>

/** Something a person holds that the draft does not carry, and why. */
export interface DroppedValue {
  /** Dotted path in the person or event, such as `emails.2`, `socialUrls.github` or `taggedFields.nickName`. */
  source: string
  reason: string
}

/**
 * A platform person translated into CRM field values, ready for planning.
 * `values` lists fields in catalogue order; `dropped` names everything the
 * person held that is not in `values`, so nothing is lost silently.
 */
export interface PersonDraft {
  values: FieldValues
  dropped: DroppedValue[]
}

/** Whether a field value is a list. */
export function isListValue(value: FieldValue): value is ListFieldValue {
  return Array.isArray(value.value)
}

/**
 * Whether a field value counts as filled: a non-blank string, any boolean,
 * or a non-empty list. `undefined` is empty.
 */
export function hasValue(value: FieldValue | undefined): boolean {
  if (value === undefined) return false
  if (typeof value.value === 'string') return value.value.trim() !== ''
  if (typeof value.value === 'boolean') return true
  return value.value.length > 0
}
