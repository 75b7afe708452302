import { Hono } from 'hono'
import { z } from 'zod'

import { requireUser } from '../../auth/authenticate.js'
import { callTeamCrm } from '../../crm/team-crm.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { readBody } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'
import { previewPerson } from '../../preview/preview-person.js'
import { loadCatalogue } from '../../settings/load-catalogue.js'
import { loadUserSettings } from '../../settings/load-settings.js'
import { personRequestSchema } from './people-push.js'

const previewSchema = z.object({
  action: z.enum(['create', 'update', 'blocked']),
  crmPersonId: z.string().nullable(),
  missingMandatory: z.array(z.string()),
  fields: z.array(
    z.object({
      key: z.string(),
      value: z.unknown(),
      existingValue: z.unknown(),
      fate: z.enum(['write', 'keep_protected', 'unchanged', 'blocked_mandatory']),
      reason: z.string(),
    }),
  ),
  operations: z.array(z.object({ kind: z.string(), stepKey: z.string() })),
  match: z.object({ kind: z.string() }).catchall(z.unknown()),
  dropped: z.array(z.unknown()),
})

/** Operations of {@link previewRoutes}. */
export const previewOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/preview',
    summary:
      'Plan one person against the CRM as it is now: each field with its value and fate, and the match.',
    tag: 'people',
    auth: 'user',
    body: personRequestSchema,
    responses: { 200: { description: 'The plan; nothing was written.', schema: previewSchema } },
    errors: [400, 409],
  },
]

/** `POST /v1/preview`. */
export function previewRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.post('/v1/preview', requireUser(deps), async (c) => {
    const { teamId, userId } = c.var.principal
    const input = await readBody(c, personRequestSchema)
    const [settings, catalogue] = await Promise.all([
      loadUserSettings(deps.db, teamId, userId),
      loadCatalogue(deps, teamId, c.var.logger),
    ])

    const preview = await callTeamCrm(deps, teamId, (crm) =>
      previewPerson(deps, crm, {
        teamId,
        person: input.person,
        taggedFields: input.taggedFields,
        settings: settings.resolved,
        catalogue,
      }),
    )
    return c.json(preview)
  })

  return app
}
