/**
 * The talent-sync HTTP API as a library: `createApp` for tests and for
 * embedding, `signBody` for callers that send signed events.
 *
 * @packageDocumentation
 */
export { createApp, MAX_BODY_BYTES, OPERATIONS } from './app.js'
export {
  DEFAULT_APP_CONFIG,
  systemClock,
  type AppConfig,
  type AppDeps,
  type Clock,
} from './deps.js'
export { ApiError, ERROR_STATUS, type ErrorCode } from './errors.js'
export { computeSignature, signBody, SIGNATURE_HEADER, verifySignature } from './auth/signature.js'
export { createLogger, REDACTED_PATHS } from './logger.js'
export type { CrmClient, CrmClientFactory, CrmConnectionTarget } from './crm/crm-client.js'
