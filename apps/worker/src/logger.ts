import { pino, type DestinationStream, type Logger, type LevelWithSilent } from 'pino'

/**
 * Paths that pino replaces with `[redacted]` wherever they appear in a log
 * object. The worker never logs credentials on purpose; this list is the
 * safety net for an error or object that carries one by accident.
 */
export const REDACTED_PATHS = [
  'apiKey',
  'apiSecret',
  'serviceKey',
  'credentials',
  'authorization',
  'encryptionKey',
  '*.apiKey',
  '*.apiSecret',
  '*.serviceKey',
  '*.credentials',
  '*.authorization',
  '*.encryptionKey',
  '*.headers',
]

/** Options of {@link createLogger}. */
export interface LoggerOptions {
  level?: LevelWithSilent
  /** Where lines go; standard output by default. Tests pass a stream to read them. */
  destination?: DestinationStream
}

/** Creates the worker's pino logger: JSON lines with the process id, secrets redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const settings = {
    level: options.level ?? 'info',
    base: { service: 'talent-sync-worker', pid: process.pid },
    redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
  }
  return options.destination ? pino(settings, options.destination) : pino(settings)
}
