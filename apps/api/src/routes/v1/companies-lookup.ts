import { Hono } from 'hono'
import { z } from 'zod'

import { requireUser } from '../../auth/authenticate.js'
import { lookupCompany } from '../../crm/company-lookup.js'
import { callTeamCrm } from '../../crm/team-crm.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { parseWith } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'
import { loadUserSettings } from '../../settings/load-settings.js'

/** Companies read from the CRM per lookup; a firm with more is compared on the first ones only. */
const MAX_COMPANIES = 5_000

const lookupQuerySchema = z.strictObject({
  name: z.string().trim().min(1, 'is required').max(500),
  domain: z.string().trim().max(253).optional(),
})

const candidateSchema = z.object({
  id: z.string(),
  name: z.string(),
  score: z.number(),
  reason: z.enum(['exact', 'similar']),
})

const lookupSchema = z.object({
  company: z
    .record(z.string(), z.string().nullable())
    .nullable()
    .describe(
      'The CRM company of that name, with the facts the settings display; null when the CRM has none.',
    ),
  warning: z
    .object({ mode: z.enum(['exact', 'similar']), candidates: z.array(candidateSchema) })
    .nullable()
    .describe('Set when the CRM holds several companies with this name or a similar one.'),
})

/** Operations of {@link companiesLookupRoutes}. */
export const companiesLookupOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/companies/lookup',
    summary:
      'The company info the settings display, and the duplicate warning with its candidates.',
    tag: 'crm',
    auth: 'user',
    query: lookupQuerySchema,
    responses: { 200: { description: 'The company and the warning.', schema: lookupSchema } },
    errors: [400, 409],
  },
]

/** `GET /v1/companies/lookup`. */
export function companiesLookupRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/v1/companies/lookup', requireUser(deps), async (c) => {
    const { teamId, userId } = c.var.principal
    const query = parseWith(lookupQuerySchema, c.req.query())
    const { general } = (await loadUserSettings(deps.db, teamId, userId)).resolved
    const result = await callTeamCrm(deps, teamId, async ({ client, connection }) => {
      const companies: { id: string; name: string }[] = []
      for await (const company of client.lookups.iterateCompanies()) {
        companies.push(company)
        if (companies.length >= MAX_COMPANIES) break
      }
      return lookupCompany(query, companies, general, connection.firmSubdomain)
    })
    return c.json(result)
  })

  return app
}
