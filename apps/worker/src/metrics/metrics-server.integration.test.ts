import { afterEach, describe, expect, it } from 'vitest'

import { startMetricsServer, type MetricsServer } from './metrics-server.js'
import { MetricsRegistry } from './registry.js'

let server: MetricsServer | undefined

afterEach(async () => {
  await server?.close()
  server = undefined
})

describe('startMetricsServer', () => {
  it('serves metrics in the text format', async () => {
    const registry = new MetricsRegistry()
    registry.counter('runs_total', 'Runs.').inc({ outcome: 'completed' })
    server = await startMetricsServer({ registry, port: 0, isHealthy: () => true })

    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4')
    expect(await response.text()).toContain('runs_total{outcome="completed"} 1')
  })

  it.each([
    [true, 200],
    [false, 503],
  ])('answers healthz with health %s as %i', async (healthy, status) => {
    server = await startMetricsServer({
      registry: new MetricsRegistry(),
      port: 0,
      isHealthy: () => healthy,
    })

    const response = await fetch(`http://127.0.0.1:${server.port}/healthz`)

    expect(response.status).toBe(status)
  })

  it.each([
    ['GET', '/other', 404],
    ['POST', '/metrics', 405],
  ])('answers %s %s with %i', async (method, path, status) => {
    server = await startMetricsServer({
      registry: new MetricsRegistry(),
      port: 0,
      isHealthy: () => true,
    })

    const response = await fetch(`http://127.0.0.1:${server.port}${path}`, { method })

    expect(response.status).toBe(status)
  })

  it('answers 500 when a collector fails', async () => {
    const registry = new MetricsRegistry()
    registry.gauge('depth', 'Depth.', async () => {
      throw new Error('redis down')
    })
    const errors: unknown[] = []
    server = await startMetricsServer({
      registry,
      port: 0,
      isHealthy: () => true,
      onError: (e) => errors.push(e),
    })

    const response = await fetch(`http://127.0.0.1:${server.port}/metrics`)

    expect(response.status).toBe(500)
    expect(errors).toHaveLength(1)
  })
})
