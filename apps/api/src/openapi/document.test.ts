import { describe, expect, it } from 'vitest'

import { OPERATIONS } from '../app.js'
import { buildOpenApiDocument } from './document.js'

const document = buildOpenApiDocument(
  { title: 'talent-sync API', version: '1.0.0', description: 'test' },
  OPERATIONS,
)
const paths = document.paths as Record<string, Record<string, Record<string, unknown>>>

describe('buildOpenApiDocument', () => {
  it('lists every operation once', () => {
    const listed = Object.entries(paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method} ${path}`),
    )

    expect(listed.sort()).toEqual(
      OPERATIONS.map((operation) => `${operation.method} ${operation.path}`).sort(),
    )
  })

  it.each([
    ['post', '/v1/events'],
    ['post', '/v1/session'],
    ['get', '/v1/session'],
    ['delete', '/v1/session'],
    ['post', '/v1/tokens'],
    ['post', '/v1/people/push'],
    ['post', '/v1/preview'],
    ['get', '/v1/crm/people'],
    ['get', '/v1/companies/lookup'],
    ['get', '/v1/settings'],
    ['put', '/v1/settings'],
    ['get', '/v1/settings/history'],
    ['post', '/v1/settings/rollback'],
    ['get', '/v1/connection'],
    ['post', '/v1/connection'],
    ['delete', '/v1/connection'],
    ['post', '/v1/signing-secret/rotate'],
    ['get', '/v1/activity'],
    ['post', '/v1/activity/{id}/retry'],
    ['post', '/v1/activity/{id}/decision'],
  ])('describes %s %s', (method, path) => {
    const operation = paths[path]?.[method]

    expect(operation).toBeDefined()
    expect(operation?.responses).toHaveProperty('500')
  })

  it('describes request bodies from the zod schemas', () => {
    const body = paths['/v1/session']?.post?.requestBody as {
      content: {
        'application/json': { schema: { properties: Record<string, unknown>; required: string[] } }
      }
    }
    const schema = body.content['application/json'].schema

    expect(Object.keys(schema.properties)).toEqual(['email', 'password'])
    expect(schema.required).toEqual(['email', 'password'])
  })

  it('describes path and query parameters', () => {
    const retry = paths['/v1/activity/{id}/retry']?.post?.parameters as {
      name: string
      in: string
    }[]
    const search = paths['/v1/crm/people']?.get?.parameters as { name: string; required: boolean }[]

    expect(retry).toEqual([expect.objectContaining({ name: 'id', in: 'path' })])
    expect(search.map((parameter) => parameter.name)).toEqual(['q', 'page', 'limit'])
    expect(search.every((parameter) => parameter.required === false)).toBe(true)
  })

  it('gives every operation a unique id', () => {
    const ids = Object.values(paths).flatMap((methods) =>
      Object.values(methods).map((operation) => operation.operationId),
    )

    expect(new Set(ids).size).toBe(ids.length)
  })
})
