import { z } from 'zod'

import { clockworkIdSchema } from './common.js'

/** Body of `POST /webhooks`: the HTTPS URL that receives deliveries. */
export const createWebhookRequestSchema = z.object({
  hook_url: z.url({ protocol: /^https$/ }),
})

/** Response of `POST /webhooks`; only `id` is read by integrations in use. */
export const createWebhookResponseSchema = z.looseObject({ id: clockworkIdSchema })

/**
 * Delivery of the `candidacy_updated` event, the only one seen. Unlike REST responses, webhook
 * payloads use snake_case keys.
 */
export const candidacyUpdatedEventSchema = z.object({
  event_name: z.literal('candidacy_updated'),
  candidacy: z.object({
    id: clockworkIdSchema,
    person_id: clockworkIdSchema,
    project_id: clockworkIdSchema,
    status_id: clockworkIdSchema,
    created_user_id: clockworkIdSchema.nullish(),
    rank: z.number().int().nullish(),
    stoplight_status: z.string().nullish(),
    color_category: z.string().nullish(),
    assessment_note_id: clockworkIdSchema.nullish(),
    next_steps_note_id: clockworkIdSchema.nullish(),
    overview_note_id: clockworkIdSchema.nullish(),
    created_at: z.string(),
    updated_at: z.string(),
    /** ISO-8601 with a `Z`, unlike the zone-less REST timestamps. */
    updated_at_display: z.string().nullish(),
  }),
})

/** Body of `POST /webhooks`. */
export type CreateWebhookRequest = z.infer<typeof createWebhookRequestSchema>
/** Response of `POST /webhooks`. */
export type CreateWebhookResponse = z.infer<typeof createWebhookResponseSchema>
/** Delivery of the `candidacy_updated` webhook event. */
export type CandidacyUpdatedEvent = z.infer<typeof candidacyUpdatedEventSchema>
