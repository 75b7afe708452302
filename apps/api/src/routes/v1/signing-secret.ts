import { rotateSigningSecret } from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { requireAdmin, requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import type { OperationSpec } from '../../openapi/operation.js'

const rotatedSchema = z.object({
  signingSecret: z.string().describe('Shown this once; it is stored encrypted.'),
  previousValidUntil: z
    .string()
    .describe('Until then, events signed with the previous secret still verify.'),
})

/** Operations of {@link signingSecretRoutes}. */
export const signingSecretOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/signing-secret/rotate',
    summary: 'Replace the event signing secret (admins); the new one is shown once.',
    tag: 'events',
    auth: 'admin',
    responses: { 201: { description: 'The new secret.', schema: rotatedSchema } },
  },
]

/** `POST /v1/signing-secret/rotate`. */
export function signingSecretRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/v1/signing-secret/rotate', requireUser(deps), async (c) => {
    requireAdmin(c.var.principal, 'rotate the signing secret')
    const now = deps.clock.now()
    const gracePeriodMs = deps.config.signingSecretGraceMs

    const signingSecret = await rotateSigningSecret(deps.db, deps.box, c.var.principal.teamId, {
      gracePeriodMs,
      now,
    })
    c.var.logger.info('signing secret rotated')
    c.header('Cache-Control', 'no-store')
    return c.json(
      { signingSecret, previousValidUntil: new Date(now.getTime() + gracePeriodMs).toISOString() },
      201,
    )
  })

  return app
}
