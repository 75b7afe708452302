import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { describe, expect, it } from 'vitest'

import { readError } from '../testing/fixtures.js'
import { useTestApp } from '../testing/test-app.js'

const spaFolder = mkdtempSync(join(tmpdir(), 'api-spa-test-'))
mkdirSync(join(spaFolder, 'assets'))
writeFileSync(join(spaFolder, 'index.html'), '<!doctype html><title>talent-sync admin</title>')
writeFileSync(join(spaFolder, 'assets', 'app.js'), 'console.log("admin")')

describe('admin SPA', () => {
  const getTestApp = useTestApp({ config: { adminDistDir: spaFolder } })

  it.each(['/', '/settings', '/activity/act_1'])('serves index.html at %s', async (path) => {
    const response = await getTestApp().app.request(path)

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/html')
    expect(await response.text()).toContain('talent-sync admin')
  })

  it('serves built assets', async () => {
    const response = await getTestApp().app.request('/assets/app.js')

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('javascript')
  })

  it('keeps API errors as JSON', async () => {
    const response = await getTestApp().app.request('/v1/no-such-call')

    expect(response.status).toBe(404)
    expect((await readError(response)).code).toBe('not_found')
  })

  it('keeps API routes', async () => {
    const response = await getTestApp().app.request('/healthz')

    expect(await response.json()).toEqual({ status: 'ok' })
  })

  it('serves nothing outside the folder', async () => {
    const response = await getTestApp().app.request('/assets/%2e%2e/%2e%2e/etc/passwd')
    const text = await response.text()

    expect(text).not.toContain('root:')
  })
})
