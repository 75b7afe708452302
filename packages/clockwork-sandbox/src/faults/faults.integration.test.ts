import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'

import { startSandbox, type RunningSandbox } from '../server.js'
import type { FirmStats } from '../stats.js'
import { ACME, authHeaders, GLOBEX } from '../testing/fixtures.js'
import type { FaultSettingsInput } from './fault-settings.js'

describe('sandbox faults over a real socket', () => {
  let sandbox: RunningSandbox

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, firms: [ACME, GLOBEX] })
  })

  afterEach(async () => {
    await setFaults({})
  })

  afterAll(async () => {
    await sandbox.close()
  })

  async function setFaults(faults: FaultSettingsInput): Promise<void> {
    const response = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults),
    })
    expect(response.status).toBe(200)
  }

  const getTags = (firm = ACME) =>
    fetch(`${sandbox.url}/v3.0/${firm.name}/tags`, { headers: authHeaders(firm) })

  async function statusesOf(count: number, firm = ACME): Promise<number[]> {
    const statuses: number[] = []
    for (let index = 0; index < count; index += 1) statuses.push((await getTags(firm)).status)

    return statuses
  }

  it('latency delays by at least the set time', async () => {
    await setFaults({ latencyMs: 120 })
    const started = performance.now()

    expect((await getTags()).status).toBe(200)
    expect(performance.now() - started).toBeGreaterThanOrEqual(115)
  })

  it('seeded error rate repeats exactly', async () => {
    await setFaults({ errorRate: 0.5, faultSeed: 42 })
    const first = await statusesOf(20)
    await setFaults({ errorRate: 0.5, faultSeed: 42 })
    const second = await statusesOf(20)

    expect(second).toEqual(first)
    expect(first.filter((status) => status === 200).length).toBeGreaterThan(0)
    expect(first.filter((status) => [500, 502, 503].includes(status)).length).toBeGreaterThan(0)
    expect(first.every((status) => [200, 500, 502, 503].includes(status))).toBe(true)
  })

  it('error rate 1 fails every call', async () => {
    await setFaults({ errorRate: 1, errorStatuses: [503] })

    expect(await statusesOf(3)).toEqual([503, 503, 503])
  })

  it('error after the write keeps the write', async () => {
    await setFaults({ errorRate: 1, errorStatuses: [502], errorPhase: 'after' })
    const created = await fetch(`${sandbox.url}/v3.0/acme/people`, {
      method: 'POST',
      headers: authHeaders(ACME),
      body: JSON.stringify({ person: { name: 'Ghost Write' } }),
    })
    await setFaults({})

    const search = await fetch(`${sandbox.url}/v3.0/acme/people_search?q=ghost`, {
      headers: authHeaders(ACME),
    })
    const body = (await search.json()) as { meta: { total: number } }

    expect(created.status).toBe(502)
    expect(body.meta.total).toBe(1)
  })

  it('429 rate carries Retry-After', async () => {
    await setFaults({ rateLimitRate: 1, retryAfterSeconds: 7 })
    const response = await getTags()

    expect(response.status).toBe(429)
    expect(response.headers.get('retry-after')).toBe('7')
    expect(((await response.json()) as { message: string }).message).toMatch(/7 seconds/)
  })

  it('requests per second limit each firm', async () => {
    await setFaults({ requestsPerSecond: 2 })
    const burst = await Promise.all(Array.from({ length: 10 }, () => getTags()))
    const limited = burst.filter((response) => response.status === 429)
    const otherFirm = await Promise.all([getTags(GLOBEX), getTags(GLOBEX)])

    // A burst may straddle one window boundary, so at most 4 of the 10 pass.
    expect(limited.length).toBeGreaterThanOrEqual(6)
    for (const response of limited) expect(response.headers.get('retry-after')).toBe('1')
    expect(otherFirm.filter((response) => response.status === 200).length).toBeGreaterThan(0)
  })

  it('dropped connection is a network error', async () => {
    await setFaults({ dropRate: 1 })

    await expect(getTags()).rejects.toThrow(TypeError)

    await setFaults({})
    expect((await getTags()).status).toBe(200)
  })

  it('invalid fault settings are 422', async () => {
    const response = await fetch(`${sandbox.url}/_sandbox/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ errorRate: 2 }),
    })

    expect(response.status).toBe(422)
    expect(((await response.json()) as { message: string }).message).toContain('errorRate')
  })

  it('stats count calls by route and status', async () => {
    await fetch(`${sandbox.url}/_sandbox/stats`, { method: 'DELETE' })
    await getTags()
    await getTags()
    await fetch(`${sandbox.url}/v3.0/acme/people/00000000-0000-4000-8000-000000000000`, {
      headers: authHeaders(ACME),
    })

    const stats = (await (await fetch(`${sandbox.url}/_sandbox/stats`)).json()) as {
      firms: Record<string, FirmStats>
    }

    expect(stats.firms.acme?.total).toBe(3)
    expect(stats.firms.acme?.byRoute).toEqual({ 'GET /tags': 2, 'GET /people/:personId': 1 })
    expect(stats.firms.acme?.byStatus).toEqual({ '200': 2, '404': 1 })
    expect(stats.firms.acme?.byPerson).toEqual({
      '00000000-0000-4000-8000-000000000000': { total: 1, byRoute: { 'GET /people/:personId': 1 } },
    })
    expect(stats.firms.globex).toBeUndefined()
  })

  it('stats count calls per person', async () => {
    const post = (path: string, body: unknown) =>
      fetch(`${sandbox.url}/v3.0/acme${path}`, {
        method: 'POST',
        headers: authHeaders(ACME),
        body: JSON.stringify(body),
      })
    const createPerson = async (name: string) => {
      const response = await post('/people', { person: { name } })
      return ((await response.json()) as { person: { id: string } }).person.id
    }

    await fetch(`${sandbox.url}/_sandbox/stats`, { method: 'DELETE' })
    const first = await createPerson('Ada Quinn')
    const second = await createPerson('Bo Lindqvist')
    await post(`/people/${first}/email_addresses`, { email: { address: 'ada@example.com' } })
    await post(`/people/${first}/email_addresses`, { email: { address: 'ada@example.org' } })
    await setFaults({ rateLimitRate: 1 })
    const limited = await post(`/people/${first}/notes`, { note: { content: '<p>Hi</p>' } })
    await setFaults({})

    const stats = (await (await fetch(`${sandbox.url}/_sandbox/stats`)).json()) as {
      firms: Record<string, FirmStats>
    }
    const byPerson = stats.firms.acme?.byPerson ?? {}

    expect(limited.status).toBe(429)
    expect(Object.keys(byPerson).sort()).toEqual([first, second].sort())
    expect(byPerson[first]).toEqual({
      total: 4,
      byRoute: {
        'POST /people': 1,
        'POST /people/:personId/email_addresses': 2,
        'POST /people/:personId/notes': 1,
      },
    })
    expect(byPerson[second]).toEqual({ total: 1, byRoute: { 'POST /people': 1 } })
  })
})
