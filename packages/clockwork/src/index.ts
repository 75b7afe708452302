/**
 * Clockwork Recruiting v3: wire schemas, endpoint paths, and the guesses that the public record
 * does not confirm (see `unconfirmed/`).
 */
export * from './endpoint.js'
export * from './endpoints.js'
export * from './unconfirmed/index.js'
export * from './wire/index.js'
