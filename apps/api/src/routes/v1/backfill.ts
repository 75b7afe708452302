import { enqueueTeamResync } from '@talent-sync/jobs'
import { Hono } from 'hono'
import { z } from 'zod'

import { readBackfillProgress } from '../../backfill/progress.js'
import { requireAdmin, requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { notFound } from '../../errors.js'
import type { OperationSpec } from '../../openapi/operation.js'

const startedSchema = z.object({
  runId: z.string().describe('Id of the `backfill` activity entry of the run.'),
  queued: z.number().int().describe('People queued, one re-sync job each.'),
})

const progressSchema = z.object({
  runId: z.string(),
  startedAt: z.string(),
  total: z.number().int().describe('People queued for the run.'),
  done: z.number().int().describe('Jobs of the run that finished, with any outcome.'),
  outcomes: z
    .record(z.string(), z.number().int())
    .describe('Finished jobs by outcome, such as synced, needs_review or skipped.'),
})

/** Operations of {@link backfillRoutes}. */
export const backfillOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/backfill',
    summary:
      'Re-sync every person the team synced, with the current settings (admins); one job per person.',
    tag: 'activity',
    auth: 'admin',
    responses: { 202: { description: 'Queued.', schema: startedSchema } },
  },
  {
    method: 'get',
    path: '/v1/backfill',
    summary: 'Progress of the latest re-sync, read from the activity.',
    tag: 'activity',
    auth: 'user',
    responses: { 200: { description: 'The latest run.', schema: progressSchema } },
    errors: [404],
  },
]

/** `POST /v1/backfill` and `GET /v1/backfill`. */
export function backfillRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const auth = requireUser(deps)

  app.post('/v1/backfill', auth, async (c) => {
    requireAdmin(c.var.principal, 'start a re-sync of every person')
    const { teamId, userId } = c.var.principal

    const run = await enqueueTeamResync(deps.queue, deps.db, teamId, userId)
    c.var.logger.info({ runId: run.runId, queued: run.queued }, 're-sync of the team queued')
    return c.json(run, 202)
  })

  app.get('/v1/backfill', auth, async (c) => {
    const progress = await readBackfillProgress(deps.db, c.var.principal.teamId)
    if (progress === undefined) throw notFound('A re-sync of this team')
    return c.json(progress)
  })

  return app
}
