/**
 * JSON documents the store keeps in jsonb columns without checking their
 * shape. Callers validate them with the zod schemas of `@talent-sync/core`
 * before saving and after loading.
 */

// TODO: replace these aliases with the settings types of `@talent-sync/core` once it exports them.

/** The whole settings document of a team (defaults, locks and field mapping). */
export type TeamSettingsDocument = Record<string, unknown>

/** A user's overrides of the settings their team left unlocked. */
export type UserSettingsOverrides = Record<string, unknown>

/** Free-form details attached to an activity entry (plan, CRM ids, error context). */
export type ActivityDetails = Record<string, unknown>
