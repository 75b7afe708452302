import { pino, type DestinationStream, type LevelWithSilent, type Logger } from 'pino'

import { REDACTED_CENSOR, REDACTED_PATHS } from './redaction.js'

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  /** Name written as `service` on every line, such as `talent-sync-api`. */
  service: string
  /** Lowest level written. Default `info`. */
  level?: LevelWithSilent
  /** Further fields written on every line, such as the process id. */
  base?: Record<string, unknown>
  /** Destination of the lines, standard output by default. Tests pass a stream to read them. */
  destination?: DestinationStream
}

/** Creates a pino logger that writes JSON lines with the service name and redacts credentials. */
export function createLogger(options: LoggerOptions): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: options.service, ...options.base },
    redact: { paths: [...REDACTED_PATHS], censor: REDACTED_CENSOR },
  }
  return options.destination === undefined ? pino(settings) : pino(settings, options.destination)
}
