/**
 * Paths that pino replaces with `[redacted]` in a log object, at the top level or one level down
 * (`*.key`), matched case-sensitively. The services do not log credentials, headers or bodies on
 * purpose, so this list is the safety net for an error or object that carries one by accident.
 */
export const REDACTED_PATHS: readonly string[] = [
  'authorization',
  'cookie',
  'password',
  'apiKey',
  'apiSecret',
  'serviceKey',
  'signingSecret',
  'encryptionKey',
  'token',
  'csrfToken',
  'credentials',
  'headers',
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
  '*.encryptionKey',
  '*.token',
  '*.csrfToken',
  '*.credentials',
  '*.headers',
]

/** Text that replaces a redacted value. */
export const REDACTED_CENSOR = '[redacted]'
