import { z } from 'zod'

/**
 * Value types of CRM person fields. List types hold several entries; the
 * history types hold structured entries that the CRM stores one by one.
 */
export const FIELD_TYPES = [
  'text',
  'long_text',
  'boolean',
  'email_list',
  'phone_list',
  'url_list',
  'address_list',
  'positions',
  'educations',
  'tags',
  'choice',
] as const

/** One of {@link FIELD_TYPES}. */
export type FieldType = (typeof FIELD_TYPES)[number]

/** Field types whose value is one scalar, so two sources cannot share them. */
export const SINGLE_VALUE_TYPES: readonly FieldType[] = ['text', 'long_text', 'boolean', 'choice']

/** The definition of one CRM person field, checked by {@link fieldDefinitionSchema}. */
export const fieldDefinitionSchema = z
  .strictObject({
    key: z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'must be a camelCase field key'),
    label: z.string().min(1).max(100),
    type: z.enum(FIELD_TYPES),
    /** Whether the field holds one value; derived from `type` and checked. */
    single: z.boolean(),
    canBeMandatory: z.boolean(),
    canBeProtected: z.boolean(),
    canBeDisplayed: z.boolean(),
    canBeFiltered: z.boolean(),
    /** Whether talent-sync can write it; read-only fields may still be filters. */
    writable: z.boolean(),
    /** Allowed values, for `tags` and `choice` fields; they come from the CRM. */
    options: z.array(z.string().min(1).max(500)).optional(),
    /** One line of help shown beside the field. */
    help: z.string().max(300),
  })
  .refine((field) => field.single === SINGLE_VALUE_TYPES.includes(field.type), {
    message: 'single must be true exactly for text, long_text, boolean and choice fields',
    path: ['single'],
  })

/** A CRM person field definition. */
export type FieldDefinition = z.output<typeof fieldDefinitionSchema>

/** A list of field definitions with unique keys. */
export const fieldCatalogueSchema = z
  .array(fieldDefinitionSchema)
  .refine((fields) => new Set(fields.map((field) => field.key)).size === fields.length, {
    message: 'field keys must be unique',
  })

/** A validated list of CRM person field definitions. */
export type FieldCatalogue = z.output<typeof fieldCatalogueSchema>
