import { z } from 'zod'

import { LIMITS } from './limits.js'
import {
  boundedList,
  emailAddressSchema,
  httpUrlSchema,
  idSchema,
  longTextSchema,
  shortTextSchema,
  yearMonthSchema,
  yearSchema,
} from './primitives.js'

/** Kinds of e-mail address a platform person can have. */
export const EMAIL_TYPES = ['work', 'personal', 'other'] as const

/** Kinds of phone number a platform person can have. */
export const PHONE_TYPES = ['mobile', 'work', 'home', 'other'] as const

/** Social profile kinds the platform sends in `socialUrls`. */
export const SOCIAL_KINDS = ['linkedin', 'twitter', 'github', 'website'] as const

/** One of {@link SOCIAL_KINDS}. */
export type SocialKind = (typeof SOCIAL_KINDS)[number]

/** An e-mail address of a platform person. */
export const personEmailSchema = z.strictObject({
  address: emailAddressSchema,
  type: z.enum(EMAIL_TYPES).default('other'),
})

/** A phone number of a platform person, as the platform received it. */
export const personPhoneSchema = z.strictObject({
  number: z.string().trim().min(1, 'must not be empty').max(LIMITS.phone),
  type: z.enum(PHONE_TYPES).default('other'),
})

/** One position of a person's work history. */
export const workHistoryEntrySchema = z
  .strictObject({
    title: shortTextSchema.nullish(),
    companyName: shortTextSchema.nullish(),
    startDate: yearMonthSchema.nullish(),
    endDate: yearMonthSchema.nullish(),
    current: z.boolean().default(false),
    description: longTextSchema.nullish(),
  })
  .refine((entry) => Boolean(entry.title || entry.companyName), {
    message: 'needs a title or a companyName',
  })
  .refine((entry) => !(entry.current && entry.endDate), {
    message: 'a current position cannot have an endDate',
    path: ['endDate'],
  })
  .refine((entry) => !entry.startDate || !entry.endDate || entry.startDate <= entry.endDate, {
    message: 'must not be before startDate',
    path: ['endDate'],
  })

/** One entry of a person's education. */
export const educationEntrySchema = z
  .strictObject({
    school: shortTextSchema.min(1, 'must not be empty'),
    degree: shortTextSchema.nullish(),
    fieldOfStudy: shortTextSchema.nullish(),
    startYear: yearSchema.nullish(),
    endYear: yearSchema.nullish(),
  })
  .refine((entry) => !entry.startYear || !entry.endYear || entry.startYear <= entry.endYear, {
    message: 'must not be before startYear',
    path: ['endYear'],
  })

/** Social profile URLs keyed by {@link SOCIAL_KINDS}. */
export const socialUrlsSchema = z.strictObject({
  linkedin: httpUrlSchema.nullish(),
  twitter: httpUrlSchema.nullish(),
  github: httpUrlSchema.nullish(),
  website: httpUrlSchema.nullish(),
})

/** A custom variable value: one string, or a list of strings. */
export const variableValueSchema = z.union([
  shortTextSchema,
  z.array(shortTextSchema).max(LIMITS.listItems),
])

/** Custom platform variables such as `custom_1` (string) or `custom_list_1` (list). */
export const variablesSchema = z
  .record(
    z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]{0,63}$/, 'must be a variable name such as custom_1'),
    variableValueSchema,
  )
  .refine((value) => Object.keys(value).length <= LIMITS.mapKeys, {
    message: `must have at most ${LIMITS.mapKeys} variables`,
  })

/**
 * A person as the outreach platform describes them. Parsing is strict:
 * unknown keys, over-long text and invalid e-mail addresses or URLs are
 * errors whose path names the field.
 */
export const personSchema = z.strictObject({
  id: idSchema,
  firstName: shortTextSchema.nullish(),
  lastName: shortTextSchema.nullish(),
  headline: shortTextSchema.nullish(),
  jobTitle: shortTextSchema.nullish(),
  companyName: shortTextSchema.nullish(),
  companyDomain: shortTextSchema.nullish(),
  location: shortTextSchema.nullish(),
  summary: longTextSchema.nullish(),
  emails: boundedList(personEmailSchema).default([]),
  phones: boundedList(personPhoneSchema).default([]),
  socialUrls: socialUrlsSchema.default({}),
  workHistory: boundedList(workHistoryEntrySchema).default([]),
  education: boundedList(educationEntrySchema).default([]),
  tags: boundedList(shortTextSchema.min(1, 'must not be empty')).default([]),
  variables: variablesSchema.default({}),
})

/** A parsed platform person, with defaults applied. */
export type Person = z.output<typeof personSchema>

/** A platform person as callers may write it, before defaults. */
export type PersonInput = z.input<typeof personSchema>

/** A parsed e-mail address entry of a {@link Person}. */
export type PersonEmail = z.output<typeof personEmailSchema>

/** A parsed phone entry of a {@link Person}. */
export type PersonPhone = z.output<typeof personPhoneSchema>

/** A parsed work history entry of a {@link Person}. */
export type WorkHistoryEntry = z.output<typeof workHistoryEntrySchema>

/** A parsed education entry of a {@link Person}. */
export type EducationEntry = z.output<typeof educationEntrySchema>
