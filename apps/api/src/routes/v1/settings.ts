import {
  fieldDefinitionSchema,
  settingKeySchema,
  settingsDocumentSchema,
  userOverridesSchema,
} from '@talent-sync/core'
import { Hono } from 'hono'
import type { Logger } from 'pino'
import { z } from 'zod'

import { requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv, Principal } from '../../env.js'
import { readJson, parseWith } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'
import { loadCatalogue } from '../../settings/load-catalogue.js'
import { loadUserSettings } from '../../settings/load-settings.js'
import { updateSettings } from '../../settings/update-settings.js'

const putSettingsSchema = z.strictObject({
  defaults: settingsDocumentSchema
    .optional()
    .describe('Admins only: the whole team defaults document.'),
  // The team schema's own `locks` has a default, which would turn a missing field into "no locks".
  locks: z
    .array(settingKeySchema)
    .refine((keys) => new Set(keys).size === keys.length, { message: 'must not repeat a setting' })
    .optional()
    .describe('Admins only: settings members may not override.'),
  overrides: userOverridesSchema
    .optional()
    .describe("The caller's own values of unlocked settings."),
  expectedVersion: z
    .number()
    .int()
    .min(0)
    .optional()
    .describe('The version edited; 409 when a newer one exists.'),
})

const settingsViewSchema = z.object({
  version: z.number().int().describe('0 until the team saves settings for the first time.'),
  defaults: settingsDocumentSchema,
  locks: z.array(settingKeySchema),
  overrides: z.record(z.string(), z.unknown()),
  effective: z.array(
    z.object({
      key: settingKeySchema,
      teamValue: z.unknown(),
      overrideValue: z.unknown(),
      locked: z.boolean(),
      value: z.unknown(),
      source: z.enum(['team', 'override']),
    }),
  ),
  catalogue: z.array(fieldDefinitionSchema),
})

/** Operations of {@link settingsRoutes}. */
export const settingsOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/settings',
    summary:
      "Team defaults, locks, the caller's overrides, the effective settings and the field catalogue.",
    tag: 'settings',
    auth: 'user',
    responses: { 200: { description: 'The settings.', schema: settingsViewSchema } },
  },
  {
    method: 'put',
    path: '/v1/settings',
    summary:
      "Save team defaults and locks (admins) or the caller's overrides of unlocked settings.",
    tag: 'settings',
    auth: 'user',
    body: putSettingsSchema,
    responses: {
      200: { description: 'The settings after the change.', schema: settingsViewSchema },
    },
    errors: [400, 409],
  },
]

async function presentSettings(deps: AppDeps, principal: Principal, logger: Logger) {
  const [settings, catalogue] = await Promise.all([
    loadUserSettings(deps.db, principal.teamId, principal.userId),
    loadCatalogue(deps, principal.teamId, logger),
  ])
  return {
    version: settings.version,
    defaults: settings.team.defaults,
    locks: settings.team.locks,
    overrides: settings.overrides,
    effective: settings.effective,
    catalogue,
  }
}

/** `GET` and `PUT /v1/settings`. */
export function settingsRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const auth = requireUser(deps)

  app.get('/v1/settings', auth, async (c) =>
    c.json(await presentSettings(deps, c.var.principal, c.var.logger)),
  )

  app.put('/v1/settings', auth, async (c) => {
    const change = parseWith(
      putSettingsSchema,
      await readJson(c),
      'invalid_settings',
      'The settings have invalid fields.',
    )
    const catalogue = await loadCatalogue(deps, c.var.principal.teamId, c.var.logger)

    await updateSettings(deps, c.var.principal, change, catalogue)
    c.var.logger.info({ changed: Object.keys(change) }, 'settings saved')
    return c.json(await presentSettings(deps, c.var.principal, c.var.logger))
  })

  return app
}
