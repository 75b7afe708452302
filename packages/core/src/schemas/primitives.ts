import { z } from 'zod'

import { LIMITS } from './limits.js'

/** An opaque identifier: non-empty, trimmed, at most {@link LIMITS.id} characters. */
export const idSchema = z
  .string()
  .trim()
  .min(1, 'must not be empty')
  .max(LIMITS.id, `must be at most ${LIMITS.id} characters`)

/** One line of text, trimmed, at most {@link LIMITS.shortText} characters. */
export const shortTextSchema = z
  .string()
  .trim()
  .max(LIMITS.shortText, `must be at most ${LIMITS.shortText} characters`)

/** Free text such as a summary, at most {@link LIMITS.longText} characters. */
export const longTextSchema = z
  .string()
  .max(LIMITS.longText, `must be at most ${LIMITS.longText} characters`)

/** An absolute http or https URL, at most {@link LIMITS.url} characters. */
export const httpUrlSchema = z
  .string()
  .trim()
  .max(LIMITS.url, `must be at most ${LIMITS.url} characters`)
  .pipe(
    z.url({
      protocol: /^https?$/,
      hostname: z.regexes.domain,
      error: 'must be an absolute http or https URL',
    }),
  )

/** An e-mail address, at most {@link LIMITS.email} characters. */
export const emailAddressSchema = z
  .string()
  .trim()
  .max(LIMITS.email, `must be at most ${LIMITS.email} characters`)
  .pipe(z.email({ error: 'must be a valid e-mail address' }))

/** A UTC or offset ISO 8601 timestamp such as `2026-12-01T10:00:00Z`. */
export const timestampSchema = z.iso.datetime({
  offset: true,
  error: 'must be an ISO 8601 timestamp with a time zone, such as 2026-12-01T10:00:00Z',
})

/** A year-month or year date such as `2019-04` or `2019`. */
export const yearMonthSchema = z
  .string()
  .trim()
  .regex(/^\d{4}(-(0[1-9]|1[0-2]))?$/, 'must be a date of the form YYYY or YYYY-MM')

/** A calendar year between 1900 and 2100. */
export const yearSchema = z.number().int().min(1900).max(2100)

/**
 * Turns a list item schema into a bounded list schema, so every list of a
 * person or event has the same size limit.
 */
export function boundedList<T extends z.ZodType>(item: T) {
  return z.array(item).max(LIMITS.listItems, `must have at most ${LIMITS.listItems} entries`)
}
