import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startSandbox, type RunningSandbox } from '../server.js'
import { ACME, authHeaders, GLOBEX } from '../testing/fixtures.js'

describe('sandbox credentials over a real socket', () => {
  let sandbox: RunningSandbox

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, firms: [ACME, GLOBEX] })
  })

  afterAll(async () => {
    await sandbox.close()
  })

  const get = (path: string, headers: Record<string, string>) =>
    fetch(`${sandbox.url}${path}`, { headers })

  const base64 = (text: string) => Buffer.from(text).toString('base64')

  it.each([
    ['Token scheme', authHeaders(ACME, 'Token'), 200],
    ['Bearer scheme', authHeaders(ACME, 'Bearer'), 200],
    [
      'lower-case scheme and header names',
      {
        authorization: `token ${base64(`${ACME.apiKey}:${ACME.apiSecret}`)}`,
        'x-api-key': ACME.serviceKey,
      },
      200,
    ],
    [
      'wrong API key',
      { ...authHeaders(ACME), Authorization: `Token ${base64(`nope:${ACME.apiSecret}`)}` },
      401,
    ],
    [
      'wrong API secret',
      { ...authHeaders(ACME), Authorization: `Token ${base64(`${ACME.apiKey}:nope`)}` },
      401,
    ],
    ['missing Authorization', { 'X-API-Key': ACME.serviceKey }, 401],
    ['raw key instead of base64 pair', { ...authHeaders(ACME), Authorization: 'Token plain' }, 401],
    ['wrong service key', { ...authHeaders(ACME), 'X-API-Key': 'nope' }, 403],
    ['missing service key', { Authorization: authHeaders(ACME).Authorization ?? '' }, 403],
    ['other firm credentials', authHeaders(GLOBEX), 401],
  ])('%s gives %s', async (_name, headers, status) => {
    const response = await get('/v3.0/acme/tags', headers)

    expect(response.status).toBe(status)
  })

  it('rejected credentials get a message body', async () => {
    const response = await get('/v3.0/acme/tags', { ...authHeaders(ACME), 'X-API-Key': 'x' })
    const body = (await response.json()) as { message: string }

    expect(body.message).toMatch(/X-API-Key/)
    expect(JSON.stringify(body)).not.toContain(ACME.serviceKey)
  })

  it('unknown firm is 404', async () => {
    const response = await get('/v3.0/initech/tags', authHeaders(ACME))

    expect(response.status).toBe(404)
  })

  it('revoked firm is 401 until restored', async () => {
    const putFaults = (body: object) =>
      fetch(`${sandbox.url}/_sandbox/faults`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      })

    expect((await putFaults({ revokedFirms: ['acme'] })).status).toBe(200)
    expect((await get('/v3.0/acme/tags', authHeaders(ACME))).status).toBe(401)
    expect((await get('/v3.0/acme/people', authHeaders(ACME))).status).toBe(401)
    expect((await get('/v3.0/globex/tags', authHeaders(GLOBEX))).status).toBe(200)

    expect((await putFaults({ revokedFirms: [] })).status).toBe(200)
    expect((await get('/v3.0/acme/tags', authHeaders(ACME))).status).toBe(200)
  })
})
