import {
  createLogger as createServiceLogger,
  type LoggerOptions as ServiceLoggerOptions,
} from '@talent-sync/logging'
import type { Logger } from 'pino'

export { REDACTED_PATHS } from '@talent-sync/logging'

/** Options of {@link createLogger}: the level, and a destination for tests. */
export type LoggerOptions = Omit<ServiceLoggerOptions, 'service' | 'base'>

/** Creates the API's pino logger: JSON lines as `talent-sync-api`, secrets redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return createServiceLogger({ ...options, service: 'talent-sync-api' })
}
