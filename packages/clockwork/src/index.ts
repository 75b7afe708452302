/**
 * Clockwork Recruiting v3: a typed client, the wire schemas, endpoint paths, and the guesses
 * that the public record does not confirm (all in `unconfirmed/`).
 */
export * from './client/index.js'
export * from './endpoint.js'
export * from './endpoints.js'
export * from './unconfirmed/index.js'
export * from './wire/index.js'
