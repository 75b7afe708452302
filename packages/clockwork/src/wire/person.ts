import { z } from 'zod'

import {
  personPhoneNumberSchema,
  personSchoolSchema,
  personTagSchema,
} from '../unconfirmed/items.js'
import {
  clockworkIdSchema,
  listFields,
  rawListFields,
  timestampSchema,
  withListArrays,
} from './common.js'
import { noteSchema } from './notes.js'

/** Position (job) of a person; current jobs have no `endDate`. */
export const personPositionSchema = z.object({
  id: clockworkIdSchema,
  title: z.string().nullish(),
  companyId: clockworkIdSchema.nullish(),
  companyName: z.string().nullish(),
  description: z.string().nullish(),
  startDate: timestampSchema.nullish(),
  endDate: timestampSchema.nullish(),
  type: z.enum(['current', 'past']).nullish(),
  /** Whole years in the job. */
  jobDuration: z.number().int().nullish(),
})

/** Compensation entry of a person. */
export const personCompensationSchema = z.object({
  id: clockworkIdSchema,
  startYear: z.number().int().nullish(),
  endYear: z.number().int().nullish(),
  salary: z.number().nullish(),
  bonus: z.number().nullish(),
  /** Decimal string such as `"3.0"`. */
  equity: z.string().nullish(),
  bonusType: z.string().nullish(),
  equityType: z.string().nullish(),
  description: z.string().nullish(),
  currencyId: clockworkIdSchema.nullish(),
  isPreferred: z.boolean().nullish(),
})

/** Postal address of a person. */
export const personAddressSchema = z.object({
  id: clockworkIdSchema,
  street: z.string().nullish(),
  formattedAddress: z.string().nullish(),
  locationTypeId: clockworkIdSchema.nullish(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
})

/** Email address of a person. */
export const personEmailSchema = z.object({
  id: clockworkIdSchema,
  address: z.string(),
  locationTypeId: clockworkIdSchema.nullish(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
})

/** Fields that every v3 person carries, as captured from `people_search`. */
const personScalars = {
  id: clockworkIdSchema,
  name: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  loadedAt: timestampSchema.nullish(),
  lastImportedUpdatedAt: timestampSchema.nullish(),
  mostRecentNoteUpdatedAt: timestampSchema.nullish(),
  doNotContact: z.boolean(),
  noRelocation: z.boolean(),
  assistantName: z.string().nullish(),
  nickName: z.string().nullish(),
  biography: z.string().nullish(),
  skypeName: z.string().nullish(),
  assistant: z.unknown().optional(),
  user: z.unknown().optional(),
  preferredEmailAddress: z.string().nullish(),
  preferredWebSite: z.string().nullish(),
  preferredLinkedinUrl: z.string().nullish(),
  preferredImAccount: z.string().nullish(),
  preferredPhoneNumber: z.string().nullish(),
  preferredAddress: z.string().nullish(),
}

/** Collections of a search-result person; the wire sends `null` for an empty one. */
const searchCollections = {
  positions: personPositionSchema,
  compensation: personCompensationSchema,
  addresses: personAddressSchema,
  emails: personEmailSchema,
  schools: personSchoolSchema,
  phoneNumbers: personPhoneNumberSchema,
  tags: personTagSchema,
  notes: noteSchema,
}

/** Person as `people_search` sends it, with `null` for empty collections. */
export const rawPersonSchema = z.object({ ...personScalars, ...rawListFields(searchCollections) })

/** Person as `people_search` returns it, with every collection an array. */
export const personSchema = z.object({ ...personScalars, ...listFields(searchCollections) })

/** Names of the collections of a search-result person. */
export const personCollectionKeys = Object.keys(
  searchCollections,
) as (keyof typeof searchCollections)[]

/**
 * Turns a person checked by {@link rawPersonSchema} into the form {@link personSchema} returns,
 * without a second parse.
 */
export function personFromWire(person: z.output<typeof rawPersonSchema>): Person {
  return withListArrays(person, personCollectionKeys)
}

/**
 * Person as `GET /people` lists it. Only `id` and `name` are confirmed there, so the rest is
 * optional.
 */
export const personSummarySchema = z.object({
  id: clockworkIdSchema,
  name: z.string(),
  firstName: z.string().nullish(),
  lastName: z.string().nullish(),
  createdAt: timestampSchema.optional(),
  updatedAt: timestampSchema.optional(),
})

/** Position of a person. */
export type PersonPosition = z.infer<typeof personPositionSchema>
/** Compensation entry of a person. */
export type PersonCompensation = z.infer<typeof personCompensationSchema>
/** Address of a person. */
export type PersonAddress = z.infer<typeof personAddressSchema>
/** Email address of a person. */
export type PersonEmail = z.infer<typeof personEmailSchema>
/** Person as sent by `people_search`. */
export type RawPerson = z.input<typeof rawPersonSchema>
/** Person from `people_search`, collections as arrays. */
export type Person = z.output<typeof personSchema>
/** Person as listed by `GET /people`. */
export type PersonSummary = z.infer<typeof personSummarySchema>
