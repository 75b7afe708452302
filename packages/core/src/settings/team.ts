import { z } from 'zod'

import { settingKeySchema, settingValueSchema, SETTING_KEYS, type SettingKey } from './keys.js'
import { settingsDocumentSchema } from './schema.js'

/**
 * A team's settings as the admin keeps them: the defaults every member
 * starts from, and the settings members may not override.
 */
export const teamSettingsSchema = z.strictObject({
  defaults: settingsDocumentSchema,
  locks: z
    .array(settingKeySchema)
    .default([])
    .refine((keys) => new Set(keys).size === keys.length, { message: 'must not repeat a setting' }),
})

/** A team's defaults and locks. */
export type TeamSettings = z.output<typeof teamSettingsSchema>

/**
 * A member's own values for settings the admin left unlocked, keyed by
 * {@link SettingKey}. Each value is checked by that setting's schema.
 */
export const userOverridesSchema = z.strictObject(
  Object.fromEntries(SETTING_KEYS.map((key) => [key, settingValueSchema(key).optional()])),
) as z.ZodType<UserOverrides>

/** A member's overrides, keyed by {@link SettingKey}. */
export type UserOverrides = Partial<Record<SettingKey, unknown>>

/** Returns team settings holding every default and no lock. */
export function defaultTeamSettings(): TeamSettings {
  return teamSettingsSchema.parse({ defaults: {} })
}
