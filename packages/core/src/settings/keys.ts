import { z } from 'zod'

import { InvalidInputError } from '../normalize/invalid-input-error.js'
import type { SettingsDocument } from './schema.js'
import { fieldMappingSchema, generalSettingsSchema, syncSettingsSchema } from './schema.js'

const SECTIONS = {
  general: generalSettingsSchema,
  sync: syncSettingsSchema,
  fieldMapping: fieldMappingSchema,
} as const

type Section = keyof typeof SECTIONS

type KeysOf<S extends Section> = `${S}.${Extract<keyof SettingsDocument[S], string>}`

/**
 * Name of one setting, as `<section>.<name>` (for example `sync.syncOn` or
 * `fieldMapping.stringVariables`). A setting is the unit that an admin locks,
 * a member overrides and a history diff reports.
 */
export type SettingKey = KeysOf<'general'> | KeysOf<'sync'> | KeysOf<'fieldMapping'>

/** Every {@link SettingKey}, in display order. */
export const SETTING_KEYS = (Object.keys(SECTIONS) as Section[]).flatMap((section) =>
  Object.keys(SECTIONS[section].shape).map((name) => `${section}.${name}`),
) as SettingKey[]

/** Checks that a string is a {@link SettingKey}. */
export const settingKeySchema = z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]], {
  error: (issue) => `unknown setting ${JSON.stringify(issue.input)}`,
})

/**
 * Returns the zod schema of one setting's value, without its default, so a
 * missing value stays missing instead of turning into the default.
 *
 * @throws {@link InvalidInputError} `unknown_setting` for a key that is not
 *   in {@link SETTING_KEYS}, which only an unchecked cast can pass.
 */
export function settingValueSchema(key: SettingKey): z.ZodType {
  const [section, name] = splitKey(key)
  const shape = SECTIONS[section].shape as Record<string, z.ZodType>
  const schema = shape[name]
  if (!schema) {
    throw new InvalidInputError('unknown_setting', 'key', `Setting ${key} does not exist.`)
  }
  return schema instanceof z.ZodDefault ? (schema.unwrap() as z.ZodType) : schema
}

/** Reads one setting's value from a document. */
export function getSetting(document: SettingsDocument, key: SettingKey): unknown {
  const [section, name] = splitKey(key)
  return (document[section] as Record<string, unknown>)[name]
}

/** Returns a copy of a document with one setting replaced. */
export function setSetting(
  document: SettingsDocument,
  key: SettingKey,
  value: unknown,
): SettingsDocument {
  const [section, name] = splitKey(key)
  return { ...document, [section]: { ...document[section], [name]: structuredClone(value) } }
}

function splitKey(key: SettingKey): [Section, string] {
  const dot = key.indexOf('.')
  return [key.slice(0, dot) as Section, key.slice(dot + 1)]
}
