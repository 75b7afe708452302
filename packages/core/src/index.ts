/**
 * The mapping and sync rules of talent-sync as pure functions: schemas,
 * the CRM field catalogue, settings resolution, field mapping, matching,
 * sync planning and notes. Nothing here does I/O, logs or reads a clock.
 *
 * @packageDocumentation
 */
export * from './schemas/index.js'
export * from './catalogue/index.js'
export * from './settings/index.js'
export * from './normalize/index.js'
export * from './company/index.js'
export * from './notes/index.js'
export * from './matching/index.js'
export * from './mapping/index.js'
export * from './planning/index.js'
export * from './triggers/index.js'
