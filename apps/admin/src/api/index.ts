export * from './client.js'
export * from './errors.js'
export * from './http.js'
export type * from './types.js'
