import type { ConnectionTestCode } from '@talent-sync/clockwork'
import {
  deleteConnection,
  getConnectionCredentials,
  maskSecret,
  saveConnection,
  type CrmConnection,
  type CrmCredentials,
} from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { requireAdmin, requireUser } from '../../auth/authenticate.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { ApiError, notFound, type ErrorCode } from '../../errors.js'
import { readBody } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'

const secretSchema = z.string().trim().min(1, 'is required').max(500)

const activateSchema = z.strictObject({
  firmSubdomain: z
    .string()
    .trim()
    .toLowerCase()
    .regex(
      /^[a-z0-9][a-z0-9-]{0,62}$/,
      'must be the subdomain of the Clockwork web address, such as acme',
    ),
  apiKey: secretSchema,
  apiSecret: secretSchema,
  serviceKey: secretSchema,
  requestsPerSecond: z.number().int().min(1).max(100).default(5),
})

const connectionViewSchema = z.object({
  status: z.enum(['not_configured', 'connected', 'needs_reconnect', 'disconnected']),
  firmSubdomain: z.string().nullable(),
  requestsPerSecond: z.number().int().nullable(),
  lastError: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  credentials: z
    .object({ apiKey: z.string(), apiSecret: z.string(), serviceKey: z.string() })
    .nullable()
    .describe('Masked: only the last characters of each secret.'),
})

/** The error code for each way a connection test can fail, so the SPA can show what to fix. */
const TEST_FAILURE_CODES: Record<Exclude<ConnectionTestCode, 'connected'>, ErrorCode> = {
  api_key_rejected: 'crm_api_key_rejected',
  service_key_rejected: 'crm_service_key_rejected',
  firm_not_found: 'crm_firm_not_found',
  unreachable: 'crm_unreachable',
  timeout: 'crm_timeout',
  rate_limited: 'crm_rate_limited',
  server_error: 'crm_server_error',
  invalid_response: 'crm_invalid_response',
  request_rejected: 'crm_request_rejected',
}

/** Operations of {@link connectionRoutes}. */
export const connectionOperations: OperationSpec[] = [
  {
    method: 'get',
    path: '/v1/connection',
    summary: 'The CRM connection status, with masked credentials.',
    tag: 'connection',
    auth: 'user',
    responses: { 200: { description: 'The status.', schema: connectionViewSchema } },
  },
  {
    method: 'post',
    path: '/v1/connection',
    summary: 'Activate the CRM connection (admins): tested against the CRM, saved only on success.',
    tag: 'connection',
    auth: 'admin',
    body: activateSchema,
    responses: { 200: { description: 'Connected.', schema: connectionViewSchema } },
    errors: [400, 422],
  },
  {
    method: 'delete',
    path: '/v1/connection',
    summary: 'Deactivate the CRM connection and delete its credentials (admins).',
    tag: 'connection',
    auth: 'admin',
    responses: { 204: { description: 'Deactivated.' } },
    errors: [404],
  },
]

/** Returns the connection status with each secret masked to its last characters. */
function presentConnection(saved?: { connection: CrmConnection; credentials: CrmCredentials }) {
  if (!saved) {
    return {
      status: 'not_configured' as const,
      firmSubdomain: null,
      requestsPerSecond: null,
      lastError: null,
      verifiedAt: null,
      credentials: null,
    }
  }

  const { connection, credentials } = saved
  return {
    status: connection.status,
    firmSubdomain: connection.firmSubdomain,
    requestsPerSecond: connection.requestsPerSecond,
    lastError: connection.lastError,
    verifiedAt: connection.verifiedAt?.toISOString() ?? null,
    credentials: {
      apiKey: maskSecret(credentials.apiKey),
      apiSecret: maskSecret(credentials.apiSecret),
      serviceKey: maskSecret(credentials.serviceKey),
    },
  }
}

/** `GET`, `POST` and `DELETE /v1/connection`. */
export function connectionRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const auth = requireUser(deps)

  app.get('/v1/connection', auth, async (c) => {
    const saved = await getConnectionCredentials(deps.db, deps.box, c.var.principal.teamId)
    return c.json(presentConnection(saved))
  })

  app.post('/v1/connection', auth, async (c) => {
    requireAdmin(c.var.principal, 'change the CRM connection')
    const input = await readBody(c, activateSchema)
    const credentials = {
      apiKey: input.apiKey,
      apiSecret: input.apiSecret,
      serviceKey: input.serviceKey,
    }

    const result = await deps
      .crm({ firmSubdomain: input.firmSubdomain, credentials })
      .testConnection()
    if (!result.ok) {
      c.var.logger.info(
        { outcome: result.code, firmSubdomain: input.firmSubdomain },
        'CRM connection test failed',
      )
      throw new ApiError(
        TEST_FAILURE_CODES[result.code as keyof typeof TEST_FAILURE_CODES],
        result.message,
      )
    }

    const connection = await saveConnection(deps.db, deps.box, c.var.principal.teamId, {
      firmSubdomain: input.firmSubdomain,
      credentials,
      requestsPerSecond: input.requestsPerSecond,
      verifiedAt: deps.clock.now(),
    })
    c.var.logger.info({ firmSubdomain: input.firmSubdomain }, 'CRM connection activated')
    return c.json(presentConnection({ connection, credentials }))
  })

  app.delete('/v1/connection', auth, async (c) => {
    requireAdmin(c.var.principal, 'change the CRM connection')
    const deleted = await deleteConnection(deps.db, c.var.principal.teamId)
    if (!deleted) throw notFound('The CRM connection')

    c.var.logger.info('CRM connection deactivated')
    return c.body(null, 204)
  })

  return app
}
