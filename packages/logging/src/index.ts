export { createLogger, type LoggerOptions } from './logger.js'
export { REDACTED_CENSOR, REDACTED_PATHS } from './redaction.js'
