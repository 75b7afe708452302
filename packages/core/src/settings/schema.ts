import { z } from 'zod'

import { OUTREACH_TYPES } from '../schemas/event.js'
import { SOCIAL_KINDS } from '../schemas/person.js'

const fieldKeySchema = z.string().regex(/^[a-z][a-zA-Z0-9]{0,63}$/, 'must be a CRM field key')

const fieldKeyListSchema = z
  .array(fieldKeySchema)
  .max(50)
  .refine((keys) => new Set(keys).size === keys.length, { message: 'must not repeat a field' })

/** Platform variables that hold one string. */
export const STRING_VARIABLES = [
  'firstName',
  'lastName',
  'headline',
  'jobTitle',
  'companyName',
  'companyDomain',
  'location',
  'summary',
] as const

/** Platform variables that hold a list. */
export const LIST_VARIABLES = ['emails', 'phones', 'tags', 'workHistory', 'education'] as const

/**
 * Name of a custom platform variable taken from `person.variables`, such as
 * `custom_1` or `custom_list_1`.
 */
export const customVariableNameSchema = z
  .string()
  .regex(/^custom_[a-z0-9_]{1,60}$/, 'must be a built-in variable or a custom one such as custom_1')

/** Company facts the browser extension can show beside a person. */
export const COMPANY_INFO_FIELDS = [
  'name',
  'website',
  'location',
  'industry',
  'size',
  'crmLink',
] as const

/** How the company duplicate warning behaves. */
export const COMPANY_WARNING_MODES = ['off', 'exact', 'similar'] as const

/** When a person added to a campaign is pushed to the CRM. */
export const SYNC_TRIGGERS = ['add', 'reply', 'interested'] as const

/** One of {@link SYNC_TRIGGERS}. */
export type SyncTrigger = (typeof SYNC_TRIGGERS)[number]

/** General settings: merging, history, company info and notes. */
export const generalSettingsSchema = z.strictObject({
  doNotMerge: z.boolean().default(false),
  updateFullHistory: z.boolean().default(false),
  displayedCompanyInfo: z
    .array(z.enum(COMPANY_INFO_FIELDS))
    .default(['name', 'website', 'location', 'crmLink']),
  companyWarning: z
    .strictObject({
      mode: z.enum(COMPANY_WARNING_MODES).default('exact'),
      threshold: z.number().min(0.5).max(1).default(0.85),
    })
    .default({ mode: 'exact', threshold: 0.85 }),
  createNotesUpon: z
    .array(z.enum(OUTREACH_TYPES))
    .default(['email', 'linkedin_message', 'linkedin_inmail', 'reply', 'interested']),
})

/** Sync settings: when to push and which fields are displayed, mandatory, protected, filterable. */
export const syncSettingsSchema = z.strictObject({
  onlyNotesForSyncedRecords: z.boolean().default(true),
  syncOn: z.enum(SYNC_TRIGGERS).default('add'),
  backfillNotesOnFirstSync: z.boolean().default(true),
  displayedFields: fieldKeyListSchema.default(['tags']),
  mandatoryFields: fieldKeyListSchema.default(['firstName', 'lastName']),
  protectedFields: fieldKeyListSchema.default([]),
  filterableFields: fieldKeyListSchema.default(['currentCompany', 'tags']),
})

const variableNameSchema = z.union([
  z.enum(STRING_VARIABLES),
  z.enum(LIST_VARIABLES),
  customVariableNameSchema,
])

/**
 * Field mapping: where each platform variable goes in the CRM. A string
 * variable goes to at most one field (`null` leaves it unmapped), a list
 * variable to any number of fields, a social URL kind to at most one field.
 */
export const fieldMappingSchema = z.strictObject({
  stringVariables: z.record(variableNameSchema, fieldKeySchema.nullable()),
  listVariables: z.record(variableNameSchema, fieldKeyListSchema),
  socialUrls: z.partialRecord(z.enum(SOCIAL_KINDS), fieldKeySchema.nullable()),
})

/** The field mapping a new team starts with. */
export const DEFAULT_FIELD_MAPPING: FieldMapping = {
  stringVariables: {
    firstName: 'firstName',
    lastName: 'lastName',
    jobTitle: 'currentTitle',
    companyName: 'currentCompany',
    location: 'addresses',
    summary: 'biography',
    headline: null,
    companyDomain: null,
  },
  listVariables: {
    emails: ['emailAddresses'],
    phones: ['phoneNumbers'],
    tags: ['tags'],
    workHistory: ['positions'],
    education: ['educations'],
  },
  socialUrls: {
    linkedin: 'linkedinUrls',
    twitter: 'webSites',
    github: 'webSites',
    website: 'webSites',
  },
}

/** A whole settings document: general, sync and field mapping. */
export const settingsDocumentSchema = z.strictObject({
  general: generalSettingsSchema.default(() => generalSettingsSchema.parse({})),
  sync: syncSettingsSchema.default(() => syncSettingsSchema.parse({})),
  fieldMapping: fieldMappingSchema.default(() => structuredClone(DEFAULT_FIELD_MAPPING)),
})

/** General settings after defaults. */
export type GeneralSettings = z.output<typeof generalSettingsSchema>

/** Sync settings after defaults. */
export type SyncSettings = z.output<typeof syncSettingsSchema>

/** A field mapping. */
export type FieldMapping = z.output<typeof fieldMappingSchema>

/** A whole settings document after defaults. */
export type SettingsDocument = z.output<typeof settingsDocumentSchema>

/** Returns a fresh settings document holding every default. */
export function defaultSettings(): SettingsDocument {
  return settingsDocumentSchema.parse({})
}
