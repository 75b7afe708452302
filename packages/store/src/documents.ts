/**
 * Types of the JSON documents the store keeps in jsonb columns. The store
 * does not check their shape: callers validate them with the zod schemas of
 * `@talent-sync/core` before saving and after loading.
 */

import type { TeamSettings, UserOverrides } from '@talent-sync/core'

/** The whole settings document of a team: its defaults and its locks. */
export type TeamSettingsDocument = TeamSettings

/** A user's overrides of the settings their team left unlocked, keyed by setting key. */
export type UserSettingsOverrides = UserOverrides

/** Free-form details attached to an activity entry (plan, CRM ids, error context). */
export type ActivityDetails = Record<string, unknown>
