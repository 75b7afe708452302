export * from './field.js'
export * from './clockwork.js'
