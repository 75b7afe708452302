import { existsSync } from 'node:fs'
import { join } from 'node:path'

import { serveStatic } from '@hono/node-server/serve-static'
import type { Hono } from 'hono'

import type { AppEnv } from '../env.js'

// Paths that belong to the API, so an unknown one stays a JSON 404 instead of the SPA's page.
const API_PREFIXES = ['/v1/', '/healthz', '/readyz', '/openapi.json', '/docs']

/** Returns true when a folder contains a built SPA, that is an `index.html`. */
export function hasBuiltSpa(folder: string | undefined): folder is string {
  return folder !== undefined && existsSync(join(folder, 'index.html'))
}

/**
 * Serves the built admin SPA from a folder: its files as they are, and its
 * `index.html` for every other GET outside the API's paths, so the SPA's
 * own routes (such as `/settings`) load on a full page reload. Register it
 * after the API's routes.
 */
export function serveAdminSpa(app: Hono<AppEnv>, folder: string): void {
  app.use('*', serveStatic({ root: folder }))
  app.get('*', async (c, next) => {
    if (API_PREFIXES.some((prefix) => c.req.path.startsWith(prefix))) return next()
    return serveStatic({ root: folder, path: 'index.html' })(c, next)
  })
}
