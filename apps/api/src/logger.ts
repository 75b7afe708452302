import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino'

/**
 * Paths that pino replaces with `[redacted]` wherever they appear in a log
 * object. The API never logs headers or bodies on purpose; this list is the
 * safety net for an error or object that carries one by accident.
 */
export const REDACTED_PATHS = [
  'authorization',
  'cookie',
  'password',
  'apiKey',
  'apiSecret',
  'serviceKey',
  'signingSecret',
  'token',
  'csrfToken',
  '*.authorization',
  '*.cookie',
  '*["set-cookie"]',
  '*["x-talent-sync-signature"]',
  '*["x-csrf-token"]',
  '*.password',
  '*.apiKey',
  '*.apiSecret',
  '*.serviceKey',
  '*.signingSecret',
  '*.token',
  '*.csrfToken',
  '*.headers.authorization',
  '*.headers.cookie',
  '*.headers["x-talent-sync-signature"]',
  '*.credentials',
]

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  level?: LevelWithSilent
  /** Destination of the lines, standard output by default. Tests pass a stream to read them. */
  destination?: DestinationStream
}

/** Creates the API's pino logger: JSON lines, secrets redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: 'talent-sync-api' },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  }
  return options.destination ? pino(settings, options.destination) : pino(settings)
}
