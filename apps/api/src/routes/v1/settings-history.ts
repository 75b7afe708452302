import {
  defaultTeamSettings,
  diffTeamSettings,
  teamSettingsSchema,
  type TeamSettings,
} from '@talent-sync/core'
import {
  getSettingsVersion,
  isStoreError,
  listSettingsVersions,
  listUsers,
  rollbackSettings,
  type SettingsVersion,
} from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { requireAdmin, requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { notFound } from '../../errors.js'
import { parseWith, readBody } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'

const historyQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  before: z.coerce.number().int().min(1).optional().describe('Only versions older than this one.'),
})

const changeSchema = z.object({
  kind: z.enum(['value', 'lock']),
  key: z.string(),
  before: z.unknown(),
  after: z.unknown(),
})

const historySchema = z.object({
  versions: z.array(
    z.object({
      version: z.number().int(),
      author: z
        .object({ id: z.string(), name: z.string().nullable(), email: z.string() })
        .nullable(),
      createdAt: z.string(),
      note: z.string().nullable(),
      changes: z.array(changeSchema).describe('What changed from the version before.'),
    }),
  ),
  nextBefore: z
    .number()
    .int()
    .nullable()
    .describe('Pass as `before` for the next page; null on the last page.'),
})

const rollbackSchema = z.strictObject({
  version: z.number().int().min(1),
  expectedVersion: z.number().int().min(0).optional(),
})

/** Operations of {@link settingsHistoryRoutes}. */
export const settingsHistoryOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/settings/history',
    summary: 'Saved versions of the team settings, newest first, with author, time and changes.',
    tag: 'settings',
    auth: 'user',
    query: historyQuerySchema,
    responses: { 200: { description: 'One page of versions.', schema: historySchema } },
    errors: [400],
  },
  {
    method: 'post',
    path: '/v1/settings/rollback',
    summary: 'Save an earlier version again as the newest version (admins).',
    tag: 'settings',
    auth: 'admin',
    body: rollbackSchema,
    responses: {
      201: {
        description: 'The new version.',
        schema: z.object({ version: z.number().int(), restoredVersion: z.number().int() }),
      },
    },
    errors: [400, 404, 409],
  },
]

/** Loads the version before `version`, which the page did not include; none before version 1. */
async function findVersionBefore(
  deps: AppDeps,
  teamId: string,
  version: SettingsVersion | undefined,
): Promise<SettingsVersion | undefined> {
  if (!version || version.version <= 1) return undefined
  return getSettingsVersion(deps.db, teamId, version.version - 1)
}

function parseDocument(version: SettingsVersion | undefined): TeamSettings {
  return version ? teamSettingsSchema.parse(version.document) : defaultTeamSettings()
}

/** `GET /v1/settings/history` and `POST /v1/settings/rollback`. */
export function settingsHistoryRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const auth = requireUser(deps)

  app.get('/v1/settings/history', auth, async (c) => {
    const { teamId } = c.var.principal
    const query = parseWith(historyQuerySchema, c.req.query())
    const page = await listSettingsVersions(deps.db, teamId, {
      limit: query.limit + 1,
      ...(query.before === undefined ? {} : { beforeVersion: query.before }),
    })
    const versions = page.slice(0, query.limit)
    const last = versions.at(-1)
    const beforeLast = page[query.limit] ?? (await findVersionBefore(deps, teamId, last))
    const users = new Map((await listUsers(deps.db, teamId)).map((user) => [user.id, user]))

    const entries = versions.map((version, index) => {
      const previous = index + 1 < versions.length ? versions[index + 1] : beforeLast
      const author = version.authorUserId ? users.get(version.authorUserId) : undefined
      return {
        version: version.version,
        author: author ? { id: author.id, name: author.name, email: author.email } : null,
        createdAt: version.createdAt.toISOString(),
        note: version.note,
        changes: diffTeamSettings(parseDocument(previous), parseDocument(version)),
      }
    })

    const hasMore = last !== undefined && last.version > 1
    return c.json({ versions: entries, nextBefore: hasMore ? last.version : null })
  })

  app.post('/v1/settings/rollback', auth, async (c) => {
    requireAdmin(c.var.principal, 'roll back settings')
    const input = await readBody(c, rollbackSchema)

    try {
      const saved = await rollbackSettings(deps.db, c.var.principal.teamId, {
        toVersion: input.version,
        authorUserId: c.var.principal.userId,
        ...(input.expectedVersion === undefined ? {} : { expectedVersion: input.expectedVersion }),
      })
      c.var.logger.info(
        { version: saved.version, restoredVersion: input.version },
        'settings rolled back',
      )
      return c.json({ version: saved.version, restoredVersion: input.version }, 201)
    } catch (error) {
      if (isStoreError(error, 'settings_version_not_found'))
        throw notFound(`Settings version ${input.version}`)
      throw error
    }
  })

  return app
}
