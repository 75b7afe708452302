import { Redis } from 'ioredis'
import { describe, expect, it } from 'vitest'

import { createApp, OPERATIONS } from './app.js'
import { readError, readJsonAs } from './testing/fixtures.js'
import { useTestApp } from './testing/test-app.js'

describe('createApp', () => {
  const getTestApp = useTestApp()

  it('serves /healthz', async () => {
    const response = await getTestApp().app.request('/healthz')

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('serves /readyz when the database and Redis answer', async () => {
    const response = await getTestApp().app.request('/readyz')

    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      status: 'ready',
      checks: { database: 'up', redis: 'up' },
    })
  })

  it('reports /readyz 503 when Redis is down', async () => {
    const { deps } = getTestApp()
    const closed = new Redis(deps.redis.options)
    closed.disconnect()
    const app = createApp({ ...deps, redis: closed })

    const response = await app.request('/readyz')

    expect(response.status).toBe(503)
    expect(await response.json()).toEqual({
      status: 'unavailable',
      checks: { database: 'up', redis: 'down' },
    })
  })

  it('publishes an OpenAPI 3.1 document', async () => {
    const response = await getTestApp().app.request('/openapi.json')
    const document = await readJsonAs<{
      openapi: string
      paths: Record<string, Record<string, unknown>>
    }>(response)

    expect(response.status).toBe(200)
    expect(document.openapi).toBe('3.1.0')
    expect(Object.keys(document.paths)).toContain('/v1/events')
    expect(document.paths['/v1/events']).toHaveProperty('post.requestBody')
  })

  it('lists the operations on /docs without external resources', async () => {
    const response = await getTestApp().app.request('/docs')
    const html = await response.text()

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(html).toContain('/v1/events')
    expect(html).not.toMatch(/(src|href)="https?:/)
  })

  it('returns 404 for an unknown path', async () => {
    const response = await getTestApp().app.request('/v1/nothing-here')
    const error = await readError(response)

    expect(response.status).toBe(404)
    expect(error.code).toBe('not_found')
  })

  it('echoes a plain request id and replaces an unsafe one', async () => {
    const plain = await getTestApp().app.request('/healthz', {
      headers: { 'X-Request-Id': 'req-123' },
    })
    const unsafe = await getTestApp().app.request('/healthz', {
      headers: { 'X-Request-Id': 'a b <c>' },
    })

    expect(plain.headers.get('x-request-id')).toBe('req-123')
    expect(unsafe.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
  })

  it('hides the details of an unexpected error', async () => {
    const { deps, logs } = getTestApp()
    const app = createApp(deps)
    app.get('/v1/boom', () => {
      throw new Error('select password_hash from users failed')
    })

    const response = await app.request('/v1/boom')
    const error = await readError(response)

    expect(response.status).toBe(500)
    expect(error.code).toBe('internal_error')
    expect(error.requestId).toBe(response.headers.get('x-request-id'))
    expect(JSON.stringify(error)).not.toContain('password_hash')
    expect(logs.text()).toContain('password_hash')
  })
})

describe('routes', () => {
  const getTestApp = useTestApp()

  it('serves every operation of the document', async () => {
    for (const operation of OPERATIONS) {
      const path = operation.path.replace('{id}', 'act_missing')
      const response = await getTestApp().app.request(path, {
        method: operation.method.toUpperCase(),
      })
      const code = response.status === 404 ? (await readError(response)).code : 'served'

      expect(`${operation.method} ${operation.path}: ${code}`).toBe(
        `${operation.method} ${operation.path}: served`,
      )
    }
  })
})
