import type { CountryCode } from 'libphonenumber-js'

import type { FieldDefinition } from '../catalogue/field.js'
import { normalizeEmail } from '../normalize/email.js'
import { foldForComparison } from '../normalize/fold.js'
import { readPhone } from '../normalize/phone.js'
import { normalizeLongText, normalizeText } from '../normalize/text.js'
import { normalizeProfileUrl } from '../normalize/profile-url.js'
import type { ContactLocation, FieldValue, ListEntry } from './draft.js'

/** The outcome of turning one raw value into a field value or list entry. */
export type Conversion =
  | { kind: 'scalar'; value: FieldValue }
  | { kind: 'entry'; item: ListEntry }
  | { kind: 'invalid'; reason: string }

/** Options that shape how raw text is read. */
export interface ConversionOptions {
  /** Country for phone numbers written without a country code. */
  defaultPhoneCountry?: CountryCode
  /** Location of a new e-mail or phone, `other` when unknown. */
  location?: ContactLocation
}

const BOOLEAN_WORDS: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  '1': true,
  false: false,
  no: false,
  '0': false,
}

/**
 * Turns one raw string into a value of the given CRM field: normalised text,
 * a boolean from `true`/`false`/`yes`/`no`/`1`/`0`, or one normalised list
 * entry. A `choice` or `tags` field with options accepts only one of them,
 * matched case- and accent-insensitively and returned in the CRM's spelling.
 * Positions and educations take structured entries only, so text is invalid.
 */
export function convertText(
  field: FieldDefinition,
  raw: string,
  options: ConversionOptions = {},
): Conversion {
  const location = options.location ?? 'other'

  switch (field.type) {
    case 'text':
    case 'choice':
      return convertShortText(field, raw)
    case 'long_text': {
      const text = normalizeLongText(raw)
      return text === null ? invalid('is empty') : scalar({ type: 'long_text', value: text })
    }
    case 'boolean': {
      const flag = BOOLEAN_WORDS[raw.trim().toLowerCase()]
      return flag === undefined
        ? invalid(`is not a yes/no value for "${field.key}"`)
        : scalar({ type: 'boolean', value: flag })
    }
    case 'email_list': {
      const address = normalizeEmail(raw)
      return address === null
        ? invalid('is not a valid e-mail address')
        : entry({ type: 'email_list', entry: { address, location } })
    }
    case 'phone_list':
      return convertPhone(raw, location, options.defaultPhoneCountry)
    case 'url_list':
      return convertUrl(raw, false)
    case 'address_list': {
      const formatted = normalizeText(raw)
      return formatted === null
        ? invalid('is empty')
        : entry({ type: 'address_list', entry: { formatted } })
    }
    case 'tags': {
      const text = normalizeText(raw)
      if (text === null) return invalid('is empty')
      const tag = matchOption(field, text)
      return tag === null ? notAnOption(field) : entry({ type: 'tags', entry: tag })
    }
    case 'positions':
    case 'educations':
      return invalid(`"${field.key}" takes structured entries, which plain text cannot fill`)
  }
}

/**
 * Turns a web address into a `url_list` entry: a LinkedIn profile in its
 * canonical form, any other http(s) address normalised. With
 * `requireLinkedIn`, only a LinkedIn profile URL is valid.
 */
export function convertUrl(raw: string, requireLinkedIn: boolean): Conversion {
  const profile = normalizeProfileUrl(raw)
  if (profile?.isLinkedInProfile) return entry({ type: 'url_list', entry: profile.url })
  if (requireLinkedIn) return invalid('is not a LinkedIn profile URL')

  return profile === null
    ? invalid('is not a valid http or https URL')
    : entry({ type: 'url_list', entry: profile.url })
}

function convertShortText(field: FieldDefinition, raw: string): Conversion {
  const text = normalizeText(raw)
  if (text === null) return invalid('is empty')
  if (field.type !== 'choice') return scalar({ type: 'text', value: text })

  const chosen = matchOption(field, text)
  return chosen === null ? notAnOption(field) : scalar({ type: 'choice', value: chosen })
}

function convertPhone(
  raw: string,
  location: ContactLocation,
  defaultCountry: CountryCode | undefined,
): Conversion {
  // The CRM stores a number whether or not its range is in the numbering
  // plan, so the validity check of normalizePhone would be wasted work.
  const phone = readPhone(raw, defaultCountry)?.normalized
  if (phone === undefined) return invalid('is empty')

  return entry({
    type: 'phone_list',
    entry: { number: phone.value, extension: phone.extension, location },
  })
}

function matchOption(field: FieldDefinition, text: string): string | null {
  const options = field.options ?? []
  // A catalogue without options does not know the firm's values, so any value is kept.
  if (options.length === 0) return text

  const folded = foldForComparison(text)
  return options.find((option) => foldForComparison(option) === folded) ?? null
}

function notAnOption(field: FieldDefinition): Conversion {
  return invalid(`is not one of the values the CRM offers for "${field.key}"`)
}

function scalar(value: FieldValue): Conversion {
  return { kind: 'scalar', value }
}

function entry(item: ListEntry): Conversion {
  return { kind: 'entry', item }
}

function invalid(reason: string): Conversion {
  return { kind: 'invalid', reason }
}
