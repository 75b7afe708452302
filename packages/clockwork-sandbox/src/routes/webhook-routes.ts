import { createWebhookRequestSchema, createWebhookResponseSchema } from '@talent-sync/clockwork'

import { readBody } from '../http/request-body.js'
import { notFound, sendResponse, type EndpointHandlers } from './route-kit.js'

/** Handlers of the webhook subscription endpoints. */
export const webhookHandlers: EndpointHandlers<'createWebhook' | 'deleteWebhook'> = {
  createWebhook: async (c, context) => {
    const store = c.get('firm')
    const fields = await readBody(c.req.raw, createWebhookRequestSchema)

    const webhook = { ...store.newBase(), hookUrl: fields.hook_url }
    store.webhooks.set(webhook.id, webhook)
    context.state.changed()

    return sendResponse(c, createWebhookResponseSchema, { ...webhook }, 201)
  },

  deleteWebhook: (c, context) => {
    const store = c.get('firm')
    const hookId = c.req.param('hookId') ?? ''

    if (!store.webhooks.delete(hookId)) throw notFound('Webhook', hookId)
    context.state.changed()

    return c.body(null, 204)
  },
}
