import { eventDeliverySchema, parseEventDelivery, toFieldIssues } from '@talent-sync/core'
import { listValidSigningSecrets } from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { SIGNATURE_HEADER, verifySignature } from '../../auth/signature.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { ApiError } from '../../errors.js'
import { acceptEvents } from '../../events/accept-events.js'
import { findDeliveryTeam } from '../../events/delivery-team.js'
import { parseJsonText } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'

const acceptedSchema = z.object({
  accepted: z.array(z.string()).describe('Every distinct event id of the delivery.'),
  duplicates: z.array(z.string()).describe('Ids seen before, accepted again but not queued again.'),
})

/** Operations of {@link eventRoutes}. */
export const eventOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/events',
    summary: 'Receive one signed event, or a batch of up to 500 for one team.',
    tag: 'events',
    auth: 'signature',
    body: eventDeliverySchema,
    responses: { 202: { description: 'Accepted and queued once each.', schema: acceptedSchema } },
    errors: [400, 413],
  },
]

const INVALID_SIGNATURE = 'The signature is missing, invalid, or made for an unknown team.'

/**
 * `POST /v1/events`: the outreach platform's signed deliveries. The order
 * of checks keeps unauthenticated callers from learning anything beyond
 * "not JSON" and "no team": team, then signature, then event validation.
 */
export function eventRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/v1/events', async (c) => {
    const rawBody = await c.req.text()
    const body = parseJsonText(rawBody)

    const team = findDeliveryTeam(body)
    if ('errors' in team) {
      throw new ApiError('invalid_event', 'The delivery does not name one team.', {
        errors: team.errors,
      })
    }

    const now = deps.clock.now()
    const secrets = await listValidSigningSecrets(deps.db, deps.box, team.teamId, now)
    const check = verifySignature({
      header: c.req.header(SIGNATURE_HEADER),
      rawBody,
      secrets,
      nowSeconds: Math.floor(now.getTime() / 1000),
      toleranceSeconds: deps.config.signatureToleranceSeconds,
    })
    if (check === 'expired') {
      const tolerance = deps.config.signatureToleranceSeconds
      throw new ApiError(
        'invalid_signature',
        `The signature timestamp is more than ${tolerance} seconds from the server time.`,
      )
    }
    if (check !== 'valid') throw new ApiError('invalid_signature', INVALID_SIGNATURE)

    c.set('logger', c.var.logger.child({ teamId: team.teamId }))
    const parsed = parseEventDelivery(body)
    if (!parsed.success) {
      throw new ApiError('invalid_event', 'The delivery has invalid events; nothing was queued.', {
        errors: toFieldIssues(parsed.error),
      })
    }

    const isBatch = Array.isArray((body as { events?: unknown }).events)
    const result = await acceptEvents(deps, team.teamId, parsed.events, isBatch)
    c.var.logger.info(
      {
        teamId: team.teamId,
        accepted: result.accepted.length,
        duplicates: result.duplicates.length,
      },
      'events accepted',
    )
    return c.json(result, 202)
  })

  return app
}
