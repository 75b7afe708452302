import {
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
  type PhoneNumber,
} from 'libphonenumber-js'

import { InvalidInputError } from './invalid-input-error.js'

/** Result of {@link normalizePhone}. */
export interface NormalizedPhone {
  /** E.164 form (`+442079460000`) when parsed, else the input trimmed and NFC-normalised. */
  value: string
  /** Whether the input was read as a phone number of a possible length. */
  parsed: boolean
  /** Whether the number also matches the numbering plan of its country, per libphonenumber-js metadata. */
  valid: boolean
  /** ISO 3166-1 alpha-2 country of the number, when it is known. */
  country: CountryCode | null
  /** Extension digits (`123` from `ext. 123`), which E.164 cannot carry. */
  extension: string | null
}

/**
 * Normalises a phone number with libphonenumber-js (default `min` metadata).
 *
 * A number in international form (`+44 …`, or `00 44 …` with a default
 * country) or in national form with `defaultCountry` is converted to E.164,
 * with any extension returned apart. A number is converted when its length is
 * possible for its country, even if the numbering plan does not list its range
 * (`valid` is then false), because reserved ranges such as UK drama numbers
 * still belong in a CRM. The whole text must be a number: text that only
 * contains one (`call 020 7946 0000`) is kept as given.
 *
 * @param defaultCountry - country for numbers written without a country code.
 * @returns The normalised number, or `null` when the value is empty.
 * @throws {@link InvalidInputError} `invalid_country` when `defaultCountry` is
 *   not a country code in the libphonenumber-js metadata.
 * @example
 * ```ts
 * normalizePhone('020 7946 0000', 'GB').value          // "+442079460000"
 * normalizePhone('+1 (415) 555-2671 ext. 12').extension // "12"
 * normalizePhone('ask reception')                       // { value: 'ask reception', parsed: false, ... }
 * ```
 */
export function normalizePhone(
  number: string | null | undefined,
  defaultCountry?: CountryCode,
): NormalizedPhone | null {
  const reading = readPhone(number, defaultCountry)
  if (reading === null) return null

  return { ...reading.normalized, valid: reading.phone?.isValid() ?? false }
}

/** Result of {@link readPhone}: the normalised number without `valid`, and the parsed number. */
export interface PhoneReading {
  normalized: Omit<NormalizedPhone, 'valid'>
  /** The number as libphonenumber-js parsed it, or `null` when it was kept as given. */
  phone: PhoneNumber | null
}

/**
 * Reads a phone number as {@link normalizePhone} does, but skips the
 * numbering-plan check behind `valid`, a second pass over the country's
 * number patterns. For callers that store the number and never read `valid`.
 *
 * @throws {@link InvalidInputError} `invalid_country` as {@link normalizePhone} does.
 */
export function readPhone(
  number: string | null | undefined,
  defaultCountry?: CountryCode,
): PhoneReading | null {
  if (defaultCountry !== undefined && !isSupportedCountry(defaultCountry)) {
    throw new InvalidInputError(
      'invalid_country',
      'defaultCountry',
      `Default country "${String(defaultCountry).slice(0, 8)}" is not an ISO 3166-1 alpha-2 code with phone metadata.`,
    )
  }

  if (number === null || number === undefined) return null
  const text = number.normalize('NFC').trim()
  if (text === '') return null

  const phone = parsePhoneNumberFromString(text, { defaultCountry, extract: false })
  if (phone === undefined || !phone.isPossible()) {
    return {
      normalized: { value: text, parsed: false, country: null, extension: null },
      phone: null,
    }
  }

  return {
    normalized: {
      value: phone.number,
      parsed: true,
      country: phone.country ?? null,
      extension: phone.ext ?? null,
    },
    phone,
  }
}
