/** Confirmed Clockwork v3 request and response shapes. */
export * from './common.js'
export * from './contacts.js'
export * from './lookups.js'
export * from './notes.js'
export * from './people.js'
export * from './person.js'
export * from './positions.js'
export * from './webhooks.js'
