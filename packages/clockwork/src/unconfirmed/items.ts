/**
 * Guessed shapes of person sub-records that no captured Clockwork v3 response shows filled in.
 * Each guess follows the v1 API's field names and the v3 camelCase style.
 */
import { z } from 'zod'

import { clockworkIdSchema, timestampSchema } from '../wire/common.js'

// NOTE: unconfirmed for v3; these are the v1 API's values, and v3 writes may take others.
/** Contact locations that v3 writes send as `location` (emails, phones, addresses, web sites). */
export const contactLocations = ['home', 'work', 'other'] as const

/** Contact location of an email, phone number, address or web site. */
export type ContactLocation = (typeof contactLocations)[number]

/** Timestamps that captured v3 sub-records carry; optional on the guessed ones. */
const guessedTimestamps = {
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
}

// NOTE: unconfirmed; v3 search results only ever showed `phoneNumbers: null`.
/** Phone number of a person, shaped like the v3 write body (`digits`, `extension`). */
export const personPhoneNumberSchema = z.object({
  id: clockworkIdSchema,
  digits: z.string(),
  extension: z.string().nullish(),
  locationTypeId: clockworkIdSchema.nullish(),
  ...guessedTimestamps,
})

// NOTE: unconfirmed; v3 shows only the `preferredLinkedinUrl` string, never the list.
/** LinkedIn profile URL of a person. */
export const personLinkedinUrlSchema = z.object({
  id: clockworkIdSchema,
  url: z.string(),
  ...guessedTimestamps,
})

// NOTE: unconfirmed; v3 shows only the `preferredWebSite` string, never the list.
/** Web site of a person (personal site, GitHub, X/Twitter...). */
export const personWebSiteSchema = z.object({
  id: clockworkIdSchema,
  url: z.string(),
  locationTypeId: clockworkIdSchema.nullish(),
  ...guessedTimestamps,
})

// NOTE: unconfirmed; v3 search results only ever showed `tags: null`.
/** Tag attached to a person. */
export const personTagSchema = z.object({
  id: clockworkIdSchema,
  name: z.string(),
})

// NOTE: unconfirmed beyond `id` and `name`; degree, field of study and years are guessed.
/** School (education entry) of a person. */
export const personSchoolSchema = z.object({
  id: clockworkIdSchema,
  name: z.string(),
  degree: z.string().nullish(),
  fieldOfStudy: z.string().nullish(),
  startYear: z.number().int().nullish(),
  endYear: z.number().int().nullish(),
})

/** Phone number of a person. */
export type PersonPhoneNumber = z.infer<typeof personPhoneNumberSchema>
/** LinkedIn URL of a person. */
export type PersonLinkedinUrl = z.infer<typeof personLinkedinUrlSchema>
/** Web site of a person. */
export type PersonWebSite = z.infer<typeof personWebSiteSchema>
/** Tag attached to a person. */
export type PersonTag = z.infer<typeof personTagSchema>
/** School of a person. */
export type PersonSchool = z.infer<typeof personSchoolSchema>
