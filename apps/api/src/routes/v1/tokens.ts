import { createApiToken } from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { readBody } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'

const createTokenSchema = z.strictObject({
  name: z.string().trim().min(1).max(100).default('Browser extension'),
})

const createdTokenSchema = z.object({
  id: z.string(),
  name: z.string(),
  token: z.string().describe('Shown this once; only its hash is stored.'),
  createdAt: z.string(),
})

/** Operations of {@link tokenRoutes}. */
export const tokenOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/tokens',
    summary: 'Create a bearer token for the browser extension; it is shown once.',
    tag: 'session',
    auth: 'user',
    body: createTokenSchema,
    responses: { 201: { description: 'The new token.', schema: createdTokenSchema } },
    errors: [400],
  },
]

/** `POST /v1/tokens`: a bearer token for the caller, shown once. */
export function tokenRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/v1/tokens', requireUser(deps), async (c) => {
    const input = await readBody(c, createTokenSchema)
    const { teamId, userId } = c.var.principal
    const { token, apiToken } = await createApiToken(deps.db, { teamId, userId, name: input.name })

    c.var.logger.info({ tokenId: apiToken.id }, 'bearer token created')
    c.header('Cache-Control', 'no-store')
    return c.json(
      { id: apiToken.id, name: apiToken.name, token, createdAt: apiToken.createdAt.toISOString() },
      201,
    )
  })

  return app
}
