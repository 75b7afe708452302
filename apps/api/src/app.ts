import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'

import type { AppDeps } from './deps.js'
import type { AppEnv } from './env.js'
import { ApiError } from './errors.js'
import { hasBuiltSpa, serveAdminSpa } from './http/admin-spa.js'
import { handleError, handleNotFound } from './http/error-handler.js'
import { requestContext } from './http/request-context.js'
import { buildOpenApiDocument } from './openapi/document.js'
import type { OperationSpec } from './openapi/operation.js'
import { healthOperations, healthRoutes } from './routes/health.js'
import { openApiRoutes } from './routes/openapi.js'
import { activityOperations, activityRoutes } from './routes/v1/activity.js'
import { backfillOperations, backfillRoutes } from './routes/v1/backfill.js'
import { companiesLookupOperations, companiesLookupRoutes } from './routes/v1/companies-lookup.js'
import { connectionOperations, connectionRoutes } from './routes/v1/connection.js'
import { crmPeopleOperations, crmPeopleRoutes } from './routes/v1/crm-people.js'
import { eventOperations, eventRoutes } from './routes/v1/events.js'
import { peoplePushOperations, peoplePushRoutes } from './routes/v1/people-push.js'
import { previewOperations, previewRoutes } from './routes/v1/preview.js'
import { sessionOperations, sessionRoutes } from './routes/v1/session.js'
import { settingsHistoryOperations, settingsHistoryRoutes } from './routes/v1/settings-history.js'
import { settingsOperations, settingsRoutes } from './routes/v1/settings.js'
import { signingSecretOperations, signingSecretRoutes } from './routes/v1/signing-secret.js'
import { tokenOperations, tokenRoutes } from './routes/v1/tokens.js'

/** Largest request body the API reads: 1 MiB. */
export const MAX_BODY_BYTES = 1024 * 1024

/** Every operation the API serves, in the order the OpenAPI document lists them. */
export const OPERATIONS: OperationSpec[] = [
  ...healthOperations,
  ...eventOperations,
  ...sessionOperations,
  ...tokenOperations,
  ...settingsOperations,
  ...settingsHistoryOperations,
  ...connectionOperations,
  ...signingSecretOperations,
  ...activityOperations,
  ...backfillOperations,
  ...peoplePushOperations,
  ...crmPeopleOperations,
  ...companiesLookupOperations,
  ...previewOperations,
]

/**
 * Creates the API as a Hono app. Nothing listens yet: `main.ts` serves it
 * on a socket, and tests call `app.request()`.
 *
 * @example
 * const app = createApp(deps)
 * const response = await app.request('/healthz')
 */
export function createApp(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()

  app.use(requestContext(deps.logger, () => deps.clock.now().getTime()))
  app.use(
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new ApiError('payload_too_large', 'The request body is larger than 1 MiB.')
      },
    }),
  )

  const document = buildOpenApiDocument(
    {
      title: 'talent-sync API',
      version: '1.0.0',
      description:
        'Signed platform events in; settings, CRM connection, activity and CRM search for the admin SPA and the browser extension.',
    },
    OPERATIONS,
  )

  app.route('/', healthRoutes(deps))
  app.route('/', openApiRoutes(document))
  app.route('/', eventRoutes(deps))
  app.route('/', sessionRoutes(deps))
  app.route('/', tokenRoutes(deps))
  app.route('/', settingsRoutes(deps))
  app.route('/', settingsHistoryRoutes(deps))
  app.route('/', connectionRoutes(deps))
  app.route('/', signingSecretRoutes(deps))
  app.route('/', activityRoutes(deps))
  app.route('/', backfillRoutes(deps))
  app.route('/', peoplePushRoutes(deps))
  app.route('/', crmPeopleRoutes(deps))
  app.route('/', companiesLookupRoutes(deps))
  app.route('/', previewRoutes(deps))

  if (hasBuiltSpa(deps.config.adminDistDir)) serveAdminSpa(app, deps.config.adminDistDir)

  app.onError(handleError)
  app.notFound(handleNotFound)
  return app
}
