import {
  findMissingMandatory,
  mapPersonToDraft,
  personSchema,
  taggedFieldsSchema,
} from '@talent-sync/core'
import { createPushJobId, DEFAULT_JOB_OPTIONS, JOB_NAMES, type PushJob } from '@talent-sync/jobs'
import { getConnection } from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { ApiError } from '../../errors.js'
import { readBody } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'
import { loadCatalogue } from '../../settings/load-catalogue.js'
import { loadUserSettings } from '../../settings/load-settings.js'

/** Body of `POST /v1/people/push` and `POST /v1/preview`. */
export const personRequestSchema = z.strictObject({
  person: personSchema,
  taggedFields: taggedFieldsSchema.default({}),
})

/** Operations of {@link peoplePushRoutes}. */
export const peoplePushOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/people/push',
    summary: 'Push one person to the CRM now, with the displayed fields the recruiter filled in.',
    tag: 'people',
    auth: 'user',
    body: personRequestSchema,
    responses: { 202: { description: 'Queued.', schema: z.object({ jobId: z.string() }) } },
    errors: [400, 409, 422],
  },
]

/**
 * `POST /v1/people/push`. The mandatory fields are checked here, with the
 * caller's settings and the same mapping the worker uses, so a recruiter
 * learns at once which fields to fill, and nothing is queued until they do.
 */
export function peoplePushRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/v1/people/push', requireUser(deps), async (c) => {
    const { teamId, userId } = c.var.principal
    const input = await readBody(c, personRequestSchema)

    const connection = await getConnection(deps.db, teamId)
    if (!connection || connection.status === 'disconnected') {
      throw new ApiError(
        'crm_not_connected',
        'The team has no active CRM connection. An admin can activate one.',
      )
    }

    const [settings, catalogue] = await Promise.all([
      loadUserSettings(deps.db, teamId, userId),
      loadCatalogue(deps, teamId, c.var.logger),
    ])
    const { sync, fieldMapping } = settings.resolved
    const draft = mapPersonToDraft(input.person, input.taggedFields, fieldMapping, catalogue, {
      displayedFields: sync.displayedFields,
    })
    const missing = findMissingMandatory(draft, sync.mandatoryFields)
    if (missing.length > 0) {
      throw new ApiError(
        'mandatory_fields_missing',
        `Fill in the mandatory fields: ${missing.join(', ')}.`,
        {
          errors: missing.map((key) => ({ path: key, message: 'is mandatory but has no value' })),
        },
      )
    }

    const jobId = createPushJobId()
    const data: PushJob = { kind: 'push', teamId, userId, requestId: c.var.requestId, ...input }
    await deps.queue.add(JOB_NAMES.push, data, { ...DEFAULT_JOB_OPTIONS, jobId })

    c.var.logger.info({ jobId, platformPersonId: input.person.id }, 'person push queued')
    return c.json({ jobId }, 202)
  })

  return app
}
