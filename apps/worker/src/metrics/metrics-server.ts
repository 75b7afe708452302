import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import type { MetricsRegistry } from './registry.js'

/** Options of {@link startMetricsServer}. */
export interface MetricsServerOptions {
  registry: MetricsRegistry
  /** Port on 127.0.0.1; 0 picks a free one. */
  port: number
  /** Host to listen on. Default 127.0.0.1, so metrics are not exposed beyond the machine. */
  host?: string
  /** Returns false while the worker is not ready (starting or shutting down). */
  isHealthy: () => boolean
  /** Receives an error thrown while rendering metrics. */
  onError?: (error: unknown) => void
}

/** A running metrics server. */
export interface MetricsServer {
  /** Port it listens on. */
  port: number
  close(): Promise<void>
}

/**
 * Serves `GET /metrics` in the Prometheus text format and `GET /healthz`
 * (200 `ok` while healthy, 503 otherwise). Any other path is 404.
 */
export async function startMetricsServer(options: MetricsServerOptions): Promise<MetricsServer> {
  const server: Server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD' }).end()
      return
    }

    if (path === '/healthz') {
      const healthy = options.isHealthy()
      response.writeHead(healthy ? 200 : 503, { 'content-type': 'text/plain' })
      response.end(healthy ? 'ok\n' : 'unavailable\n')
      return
    }

    if (path === '/metrics') {
      options.registry.render().then(
        (text) => {
          response.writeHead(200, { 'content-type': 'text/plain; version=0.0.4; charset=utf-8' })
          response.end(text)
        },
        (error: unknown) => {
          options.onError?.(error)
          response.writeHead(500, { 'content-type': 'text/plain' }).end('metrics unavailable\n')
        },
      )
      return
    }

    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found\n')
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject)
      resolve()
    })
  })

  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      }),
  }
}
