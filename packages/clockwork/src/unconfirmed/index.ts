/**
 * Every guess about Clockwork v3 that no public source confirms, in one place: guessed routes,
 * request and response shapes, error statuses and error bodies. The client and the sandbox
 * both import them from here, so correcting a guess against the official spec changes both.
 */
export * from './endpoints.js'
export * from './errors.js'
export * from './items.js'
export * from './lookups.js'
export * from './notes.js'
export * from './pagination.js'
export * from './person.js'
