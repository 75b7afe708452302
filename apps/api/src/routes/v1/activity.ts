import { getActivity, isStoreError, listActivity, type ActivityEntry } from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { readStoredJob, requeueActivity } from '../../activity/requeue.js'
import { requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { ApiError, notFound } from '../../errors.js'
import { parseWith, readBody } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'

const ACTIVITY_KINDS = [
  'synced',
  'note_written',
  'failed',
  'needs_review',
  'skipped',
  'backfill',
] as const

const activityQuerySchema = z.strictObject({
  kind: z
    .union([z.enum(ACTIVITY_KINDS), z.array(z.enum(ACTIVITY_KINDS))])
    .optional()
    .describe('Repeat to include several kinds.'),
  status: z.enum(['ok', 'open', 'resolved']).optional(),
  personId: z.string().max(200).optional().describe('Platform person id.'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  cursor: z
    .string()
    .regex(/^\d{1,19}$/, 'must be the nextCursor of the previous page')
    .optional(),
})

const activityEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(ACTIVITY_KINDS),
  status: z.enum(['ok', 'open', 'resolved']),
  userId: z.string().nullable(),
  platformPersonId: z.string().nullable(),
  eventId: z.string().nullable(),
  reasons: z.array(z.string()),
  details: z.record(z.string(), z.unknown()),
  retryable: z.boolean().describe('True for an open failure whose job can be queued again.'),
  createdAt: z.string(),
})

const decisionSchema = z
  .strictObject({
    decision: z.enum(['same_person', 'different']),
    crmPersonId: z.string().trim().min(1).max(200).optional(),
  })
  .refine((input) => input.decision !== 'same_person' || input.crmPersonId !== undefined, {
    path: ['crmPersonId'],
    message: 'is required when the decision is same_person',
  })

const queuedSchema = z.object({ jobId: z.string() })

/** Operations of {@link activityRoutes}. */
export const activityOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/activity',
    summary: 'Sync activity of the team, newest first, filtered by kind and status.',
    tag: 'activity',
    auth: 'user',
    query: activityQuerySchema,
    responses: {
      200: {
        description: 'One page.',
        schema: z.object({
          items: z.array(activityEntrySchema),
          nextCursor: z.string().nullable(),
        }),
      },
    },
    errors: [400],
  },
  {
    method: 'post',
    path: '/v1/activity/{id}/retry',
    summary: 'Queue the job of an open failure again.',
    tag: 'activity',
    auth: 'user',
    responses: { 202: { description: 'Queued.', schema: queuedSchema } },
    errors: [404, 409],
  },
  {
    method: 'post',
    path: '/v1/activity/{id}/decision',
    summary:
      'Answer a match that needs review: the same person as a candidate, or a different one.',
    tag: 'activity',
    auth: 'user',
    body: decisionSchema,
    responses: { 202: { description: 'Queued with the decision.', schema: queuedSchema } },
    errors: [400, 404, 409],
  },
]

function presentEntry(entry: ActivityEntry) {
  const { job: _job, ...details } = entry.details
  return {
    id: entry.id,
    kind: entry.kind,
    status: entry.status,
    userId: entry.userId,
    platformPersonId: entry.platformPersonId,
    eventId: entry.eventId,
    reasons: entry.reasons,
    details,
    retryable:
      entry.kind === 'failed' && entry.status === 'open' && readStoredJob(entry) !== undefined,
    createdAt: entry.createdAt.toISOString(),
  }
}

async function findOpenEntry(
  deps: AppDeps,
  teamId: string,
  id: string,
  kind: ActivityEntry['kind'],
) {
  const entry = await getActivity(deps.db, teamId, id)
  if (!entry) throw notFound('The activity entry')
  if (entry.kind !== kind || entry.status !== 'open') {
    throw new ApiError(
      'activity_not_open',
      `The activity entry is not an open ${kind.replace('_', ' ')} entry.`,
    )
  }
  return entry
}

function candidateIds(entry: ActivityEntry): string[] {
  const candidates = Array.isArray(entry.details.candidates) ? entry.details.candidates : []
  return candidates.map((candidate) => String((candidate as { crmPersonId?: unknown }).crmPersonId))
}

/** `GET /v1/activity`, `POST /v1/activity/:id/retry` and `POST /v1/activity/:id/decision`. */
export function activityRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const auth = requireUser(deps)

  app.get('/v1/activity', auth, async (c) => {
    const query = parseWith(activityQuerySchema, { ...c.req.query(), kind: c.req.queries('kind') })
    const kinds = query.kind === undefined ? undefined : [query.kind].flat()

    try {
      const page = await listActivity(deps.db, c.var.principal.teamId, {
        ...(kinds ? { kinds } : {}),
        ...(query.status ? { status: query.status } : {}),
        ...(query.personId ? { platformPersonId: query.personId } : {}),
        ...(query.cursor ? { cursor: query.cursor } : {}),
        limit: query.limit,
      })
      return c.json({ items: page.items.map(presentEntry), nextCursor: page.nextCursor ?? null })
    } catch (error) {
      if (isStoreError(error))
        throw new ApiError('invalid_request', error.message, { cause: error })
      throw error
    }
  })

  app.post('/v1/activity/:id/retry', auth, async (c) => {
    const entry = await findOpenEntry(deps, c.var.principal.teamId, c.req.param('id'), 'failed')
    const jobId = await requeueActivity(deps, entry, 'retry')

    c.var.logger.info({ activityId: entry.id, jobId }, 'failed job queued again')
    return c.json({ jobId }, 202)
  })

  app.post('/v1/activity/:id/decision', auth, async (c) => {
    const input = await readBody(c, decisionSchema)
    const entry = await findOpenEntry(
      deps,
      c.var.principal.teamId,
      c.req.param('id'),
      'needs_review',
    )

    if (input.decision === 'same_person' && !candidateIds(entry).includes(input.crmPersonId!)) {
      throw new ApiError(
        'invalid_request',
        'The CRM person is not one of the candidates of this review.',
        {
          errors: [{ path: 'crmPersonId', message: 'must be the id of one of the candidates' }],
        },
      )
    }
    const choice =
      input.decision === 'same_person'
        ? { kind: 'link' as const, crmPersonId: input.crmPersonId! }
        : { kind: 'create' as const }
    const jobId = await requeueActivity(deps, entry, 'review', choice)

    c.var.logger.info({ activityId: entry.id, jobId, decision: input.decision }, 'review decided')
    return c.json({ jobId }, 202)
  })

  return app
}
