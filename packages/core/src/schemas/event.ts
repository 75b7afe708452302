import { z } from 'zod'

import { LIMITS } from './limits.js'
import { personSchema } from './person.js'
import { idSchema, longTextSchema, shortTextSchema, timestampSchema } from './primitives.js'

/** Event types the outreach platform sends. */
export const EVENT_TYPES = [
  'person.added_to_campaign',
  'outreach.sent',
  'person.replied',
  'person.interested',
  'person.not_interested',
] as const

/** One of {@link EVENT_TYPES}. */
export type EventType = (typeof EVENT_TYPES)[number]

/** Channels an outreach step goes through. */
export const OUTREACH_CHANNELS = [
  'email',
  'linkedin_connection',
  'linkedin_message',
  'linkedin_inmail',
  'call',
  'sms',
] as const

/** One of {@link OUTREACH_CHANNELS}. */
export type OutreachChannel = (typeof OUTREACH_CHANNELS)[number]

/**
 * Outreach types that can write a CRM note: each channel of a sent step,
 * a reply received, and the person marked interested.
 */
export const OUTREACH_TYPES = [...OUTREACH_CHANNELS, 'reply', 'interested'] as const

/** One of {@link OUTREACH_TYPES}. */
export type OutreachType = (typeof OUTREACH_TYPES)[number]

/** The campaign an event belongs to. */
export const campaignSchema = z.strictObject({
  id: idSchema,
  name: shortTextSchema.min(1, 'must not be empty'),
})

/** The outreach step of an `outreach.sent` or `person.replied` event. */
export const outreachSchema = z.strictObject({
  channel: z.enum(OUTREACH_CHANNELS),
  step: z.number().int().min(1).max(1_000).nullish(),
  subject: shortTextSchema.nullish(),
  body: longTextSchema.nullish(),
})

/** A value a recruiter filled in for a displayed CRM field. */
export const taggedValueSchema = z.union([
  shortTextSchema,
  z.boolean(),
  z.array(shortTextSchema).max(LIMITS.listItems),
])

/** Values recruiters filled in, keyed by CRM field key. */
export const taggedFieldsSchema = z
  .record(
    z.string().regex(/^[a-zA-Z][a-zA-Z0-9_.]{0,63}$/, 'must be a CRM field key such as tags'),
    taggedValueSchema,
  )
  .refine((value) => Object.keys(value).length <= LIMITS.mapKeys, {
    message: `must have at most ${LIMITS.mapKeys} fields`,
  })

/** Values recruiters filled in, keyed by CRM field key. */
export type TaggedFields = z.output<typeof taggedFieldsSchema>

/**
 * One event from the outreach platform. The event `id` is unique per team
 * and is the idempotency key of everything the event causes. `outreach` is
 * required for `outreach.sent` and optional for `person.replied`.
 */
export const eventSchema = z
  .strictObject({
    id: idSchema,
    type: z.enum(EVENT_TYPES),
    occurredAt: timestampSchema,
    teamId: idSchema,
    userId: idSchema,
    campaign: campaignSchema.nullish(),
    outreach: outreachSchema.nullish(),
    person: personSchema,
    taggedFields: taggedFieldsSchema.default({}),
  })
  .superRefine((event, context) => {
    if (event.type === 'outreach.sent' && !event.outreach) {
      context.addIssue({
        code: 'custom',
        path: ['outreach'],
        message: 'is required for outreach.sent events',
      })
    }
  })

/** A parsed platform event, with defaults applied. */
export type PlatformEvent = z.output<typeof eventSchema>

/** A platform event as callers may write it, before defaults. */
export type PlatformEventInput = z.input<typeof eventSchema>

/** `{ events: [...] }` with 1 to {@link LIMITS.batchEvents} events. */
export const eventBatchSchema = z.strictObject({
  events: z
    .array(eventSchema)
    .min(1, 'must contain at least one event')
    .max(LIMITS.batchEvents, `must contain at most ${LIMITS.batchEvents} events`),
})

/** The body of an event delivery: one event, or a batch of them. */
export const eventDeliverySchema = z.union([eventBatchSchema, eventSchema])

/**
 * Parses an event delivery body and returns its events as a list, so a
 * single event and a batch are handled alike.
 */
export function parseEventDelivery(body: unknown) {
  const isBatch = typeof body === 'object' && body !== null && 'events' in body
  if (isBatch) {
    const result = eventBatchSchema.safeParse(body)
    return result.success ? { success: true as const, events: result.data.events } : result
  }

  const result = eventSchema.safeParse(body)
  return result.success ? { success: true as const, events: [result.data] } : result
}
