import { Hono } from 'hono'
import { z } from 'zod'

import type { AppDeps } from '../deps.js'
import type { AppEnv } from '../env.js'
import type { OperationSpec } from '../openapi/operation.js'

const CHECK_TIMEOUT_MS = 2_000

const readinessSchema = z.object({
  status: z.enum(['ready', 'unavailable']),
  checks: z.object({ database: z.enum(['up', 'down']), redis: z.enum(['up', 'down']) }),
})

/** Operations of {@link healthRoutes}. */
export const healthOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/healthz',
    summary: 'Liveness: the process serves requests.',
    tag: 'health',
    auth: 'none',
    responses: {
      200: { description: 'The process is up.', schema: z.object({ status: z.literal('ok') }) },
    },
  },
  {
    method: 'get',
    path: '/readyz',
    summary: 'Readiness: the database and Redis respond.',
    tag: 'health',
    auth: 'none',
    responses: {
      200: { description: 'Both respond.', schema: readinessSchema },
      503: { description: 'One of them does not respond.', schema: readinessSchema },
    },
  },
]

async function probe(check: () => Promise<unknown>): Promise<'up' | 'down'> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('timed out')), CHECK_TIMEOUT_MS)
  })

  try {
    await Promise.race([check(), timeout])
    return 'up'
  } catch {
    return 'down'
  } finally {
    clearTimeout(timer)
  }
}

/** `/healthz` (the process) and `/readyz` (the database and Redis). */
export function healthRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/healthz', (c) => c.json({ status: 'ok' as const }))

  app.get('/readyz', async (c) => {
    const [database, redis] = await Promise.all([
      probe(() => deps.db.execute('select 1')),
      probe(() => deps.redis.ping()),
    ])
    const ready = database === 'up' && redis === 'up'

    if (!ready) c.var.logger.warn({ database, redis }, 'readiness check failed')
    return c.json(
      { status: ready ? 'ready' : 'unavailable', checks: { database, redis } },
      ready ? 200 : 503,
    )
  })

  return app
}
