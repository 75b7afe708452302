import { describe, expect, it } from 'vitest'

import { clockworkEndpoints, clockworkPath, firmBasePath } from './endpoints.js'

describe('clockworkPath', () => {
  it('fills and encodes parameters', () => {
    expect(clockworkPath('listPersonNotes', { personId: 'a/b c' })).toBe('/people/a%2Fb%20c/notes')
    expect(clockworkPath('deleteWebhook', { hookId: 'h1' })).toBe('/webhooks/h1')
    expect(clockworkPath('listPeople', {})).toBe('/people')
  })

  it('rejects a missing parameter', () => {
    expect(() => clockworkPath('getNote', {} as { noteId: string })).toThrow(/noteId/)
  })

  it('builds the firm base path', () => {
    expect(firmBasePath('acme')).toBe('/v3.0/acme')
    expect(firmBasePath('a/b')).toBe('/v3.0/a%2Fb')
  })

  it('names each method and pattern once', () => {
    const routes = Object.values(clockworkEndpoints).map((e) => `${e.method} ${e.pattern}`)

    expect(new Set(routes).size).toBe(routes.length)
  })
})
