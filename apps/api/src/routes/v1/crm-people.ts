import { Hono } from 'hono'
import { z } from 'zod'

import { requireUser } from '../../auth/authenticate.js'
import { canApplyFilter, matchesFilters, presentCrmPerson } from '../../crm/person-filters.js'
import { callTeamCrm } from '../../crm/team-crm.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { ApiError } from '../../errors.js'
import { parseWith } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'
import { loadUserSettings } from '../../settings/load-settings.js'

const searchQuerySchema = z.object({
  q: z
    .string()
    .trim()
    .max(200)
    .default('')
    .describe('Free text; filter values are searched when it is empty.'),
  page: z.coerce.number().int().min(1).max(1_000).default(1),
  limit: z.coerce.number().int().min(1).max(100).default(25),
})

const RESERVED_PARAMETERS = new Set(Object.keys(searchQuerySchema.shape))

const crmPersonSchema = z.object({
  id: z.string(),
  name: z.string(),
  firstName: z.string().nullable(),
  lastName: z.string().nullable(),
  currentTitle: z.string().nullable(),
  currentCompany: z.string().nullable(),
  emails: z.array(z.string()),
  tags: z.array(z.string()),
})

/** Operations of {@link crmPeopleRoutes}. */
export const crmPeopleOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/crm/people',
    summary:
      "Search the CRM's people; other query parameters filter by the caller's filterable fields.",
    tag: 'crm',
    auth: 'user',
    query: searchQuerySchema,
    responses: {
      200: {
        description: 'One page of matching people.',
        schema: z.object({
          people: z.array(crmPersonSchema),
          page: z.number().int(),
          crmTotal: z.number().int(),
        }),
      },
    },
    errors: [400, 409],
  },
]

/** Splits the query into search parameters and field filters, rejecting filters the caller may not use. */
function readFilters(
  query: Record<string, string>,
  filterable: readonly string[],
): Record<string, string> {
  const filters: Record<string, string> = {}
  const errors: { path: string; message: string }[] = []

  for (const [key, value] of Object.entries(query)) {
    if (RESERVED_PARAMETERS.has(key)) continue
    if (!filterable.includes(key) || !canApplyFilter(key)) {
      errors.push({
        path: key,
        message: `is not a filterable field; use one of: ${filterable.join(', ') || 'none'}`,
      })
    } else if (value.trim() !== '') {
      filters[key] = value.trim().slice(0, 200)
    }
  }

  if (errors.length > 0)
    throw new ApiError('invalid_filter', 'The search uses fields that are not filterable.', {
      errors,
    })
  return filters
}

/**
 * `GET /v1/crm/people`. The CRM's search takes free text only, so the
 * filters are applied to each page of its results here.
 */
// NOTE: a page may hold fewer than `limit` people after filtering, and `crmTotal` counts before filtering.
export function crmPeopleRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.get('/v1/crm/people', requireUser(deps), async (c) => {
    const { teamId, userId } = c.var.principal
    const query = parseWith(searchQuerySchema, c.req.query())
    const settings = await loadUserSettings(deps.db, teamId, userId)
    const filters = readFilters(c.req.query(), settings.resolved.sync.filterableFields)

    const text = query.q || Object.values(filters).join(' ')
    if (text === '') {
      throw new ApiError('invalid_request', 'Give a search text in q, or at least one filter.', {
        errors: [{ path: 'q', message: 'is required when no filter is given' }],
      })
    }

    const result = await callTeamCrm(deps, teamId, ({ client }) =>
      client.searchPeople({ q: text, page: query.page, limit: query.limit }),
    )
    const people = result.peopleSearch
      .filter((person) => matchesFilters(person, filters))
      .map(presentCrmPerson)

    return c.json({ people, page: result.meta.page, crmTotal: result.meta.total })
  })

  return app
}
