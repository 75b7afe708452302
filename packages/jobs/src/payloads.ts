import { eventSchema, idSchema, personSchema, taggedFieldsSchema } from '@talent-sync/core'
import { z } from 'zod'

/**
 * A reviewer's answer to a match that needed review: `link` writes to the
 * chosen CRM person, `create` makes a new one because the candidates are
 * different people.
 */
export const matchChoiceSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('link'), crmPersonId: idSchema }),
  z.strictObject({ kind: z.literal('create') }),
])

/** A reviewer's answer to a match that needed review. */
export type MatchChoice = z.output<typeof matchChoiceSchema>

/**
 * Payload of a sync job: one platform event, applied for the team and user
 * it names. `matchChoice` is set when the job is queued again after a
 * review, and replaces the worker's own matching.
 */
export const syncJobSchema = z.strictObject({
  kind: z.literal('sync'),
  teamId: idSchema,
  userId: idSchema,
  eventId: idSchema,
  event: eventSchema,
  matchChoice: matchChoiceSchema.optional(),
})

/** A sync job payload. */
export type SyncJob = z.output<typeof syncJobSchema>

/**
 * Payload of a push job: a person a recruiter pushed by hand, with the
 * displayed fields they filled in. `requestId` is the id of the API request
 * that queued it, kept for tracing.
 */
export const pushJobSchema = z.strictObject({
  kind: z.literal('push'),
  teamId: idSchema,
  userId: idSchema,
  requestId: idSchema,
  person: personSchema,
  taggedFields: taggedFieldsSchema.default({}),
})

/** A push job payload. */
export type PushJob = z.output<typeof pushJobSchema>

/**
 * Payload of a backfill job: re-sync one person the team already synced,
 * with the team's current settings (after a mapping change, say). The
 * worker queues one per linked person for a team-wide re-sync, and writes
 * the person's deferred notes in the same pass.
 */
export const backfillJobSchema = z.strictObject({
  kind: z.literal('backfill'),
  teamId: idSchema,
  userId: idSchema,
  platformPersonId: idSchema,
  crmPersonId: idSchema,
  /** Id of the run's `backfill` activity entry; the job's own entry carries it for progress. */
  runId: idSchema.optional(),
})

/** A backfill job payload. */
export type BackfillJob = z.output<typeof backfillJobSchema>

/** Any job payload on the queue, distinguished by `kind`. */
export const jobDataSchema = z.discriminatedUnion('kind', [
  syncJobSchema,
  pushJobSchema,
  backfillJobSchema,
])

/** Any job payload. */
export type JobData = z.output<typeof jobDataSchema>
