import { randomInt } from 'node:crypto'
import { fileURLToPath } from 'node:url'

import { preview, type PreviewServer } from 'vite'

const ADMIN_ROOT = fileURLToPath(new URL('../../', import.meta.url))

/** The built SPA served on loopback, with API paths proxied to the API. */
export interface SpaServer {
  url: string
  close(): Promise<void>
}

/**
 * Serves `apps/admin/dist` with Vite's preview server on a free loopback
 * port. `/v1`, `/healthz` and `/openapi.json` go to the API, so the page
 * and the API share one origin and the session cookie, as when the API
 * serves the SPA itself.
 */
export async function startSpaServer(apiUrl: string): Promise<SpaServer> {
  // The API limits sign-ins per client address in a fixed window, so each run calls it
  // from a loopback address of its own (all of 127.0.0.0/8 is local on Linux) to start afresh.
  const localAddress = `127.${randomInt(1, 255)}.${randomInt(0, 256)}.${randomInt(1, 255)}`
  const proxy = Object.fromEntries(
    ['/v1', '/healthz', '/openapi.json'].map((path) => [path, { target: apiUrl, localAddress }]),
  )
  const server: PreviewServer = await preview({
    root: ADMIN_ROOT,
    configFile: false,
    logLevel: 'silent',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, proxy },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address === 'string')
    throw new Error('The SPA server has no port.')

  return {
    url: `http://127.0.0.1:${address.port}`,
    close: () => server.close(),
  }
}
