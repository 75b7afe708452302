import { Hono } from 'hono'

import type { AppEnv } from '../env.js'
import { renderDocsPage } from '../openapi/docs-page.js'

/** `GET /openapi.json` and `GET /docs`, both built once from the same document. */
export function openApiRoutes(document: Record<string, unknown>): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const page = renderDocsPage(document)

  app.get('/openapi.json', (c) => c.json(document))
  app.get('/docs', (c) => c.html(page))

  return app
}
