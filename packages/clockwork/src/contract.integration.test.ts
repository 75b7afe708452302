import { randomUUID } from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { ClockworkError } from './client/errors.js'
import { expectClockworkFailure } from './testing/expect-failure.js'
import {
  type ContractTarget,
  realClockworkTarget,
  startSandboxTarget,
} from './testing/contract-targets.js'

const realTarget = realClockworkTarget(process.env)
const unknownId = '00000000-0000-4000-8000-000000000000'

async function take<Item>(items: AsyncIterable<Item>, max: number): Promise<Item[]> {
  const taken: Item[] = []
  for await (const item of items) {
    taken.push(item)
    if (taken.length >= max) {
      break
    }
  }
  return taken
}

/**
 * Checks every endpoint and error kind that a real Clockwork firm can show without faults.
 * Against real Clockwork it writes one fictional person, tag and webhook per run.
 */
function defineContract(connect: () => Promise<ContractTarget>): void {
  let target: ContractTarget
  const runId = randomUUID().slice(0, 8)
  const personName = `Contract Test ${runId}`
  let personId: string

  beforeAll(async () => {
    target = await connect()
  })

  afterAll(() => target.close())

  it('connects', async () => {
    const result = await target.client().testConnection()

    expect(result).toMatchObject({ ok: true, code: 'connected' })
  })

  it('lists and walks people', async () => {
    const page = await target.client().listPeople({ limit: 2 })
    const walked = await take(target.client().iteratePeople({ pageSize: 2 }), 5)

    expect(page.length).toBeLessThanOrEqual(2)
    expect(walked.slice(0, page.length).map((person) => person.id)).toEqual(
      page.map((person) => person.id),
    )
    expect(new Set(walked.map((person) => person.id)).size).toBe(walked.length)
  })

  it('creates, reads and updates a person', async () => {
    const client = target.client()

    const created = await client.createPerson({
      name: personName,
      firstName: 'Contract Test',
      lastName: runId,
      doNotContact: false,
    })
    personId = created.id
    const updated = await client.updatePerson(personId, { nickName: 'Contract' })
    const read = await client.getPerson(personId)

    expect(created.name).toBe(personName)
    expect(updated.id).toBe(personId)
    expect(read.name).toBe(personName)
    expect(read.firstName).toBe('Contract Test')
    expect(read.lastName).toBe(runId)
    expect(read.emails).toEqual([])
  })

  it('adds contact entries to a person', async () => {
    const records = target.client().records

    const email = await records.addEmail(personId, {
      address: `contract.${runId}@example.com`,
      location: 'work',
    })
    const phone = await records.addPhoneNumber(personId, { digits: '+44 20 7946 0000' })
    const linkedin = await records.addLinkedinUrl(
      personId,
      `https://www.linkedin.com/in/contract-${runId}`,
    )
    const address = await records.addAddress(personId, { city: 'Leeds', state: 'West Yorkshire' })
    const site = await records.addWebSite(personId, { url: `https://example.com/${runId}` })
    const read = await target.client().getPerson(personId)

    expect(read.emails.map((entry) => entry.id)).toContain(email.id)
    expect(read.phoneNumbers.map((entry) => entry.id)).toContain(phone.id)
    expect(read.linkedinUrls.map((entry) => entry.id)).toContain(linkedin.id)
    expect(read.addresses.map((entry) => entry.id)).toContain(address.id)
    expect(read.webSites.map((entry) => entry.id)).toContain(site.id)
  })

  it('adds history and tags to a person', async () => {
    const client = target.client()

    const position = await client.records.addPosition(personId, {
      title: 'Head of Platform',
      companyName: 'Quillworks',
      startMonth: 4,
      startYear: 2019,
    })
    const school = await client.records.addSchool(personId, {
      name: 'University of Leeds',
      degree: 'BSc',
      fieldOfStudy: 'Computer Science',
      startYear: 2010,
      endYear: 2014,
    })
    const { tag } = await client.lookups.findOrCreateTag(`contract-${runId}`)
    const again = await client.lookups.findOrCreateTag(`Contract-${runId} `)
    await client.records.addTag(personId, tag.id)
    const read = await client.getPerson(personId)

    expect(again).toMatchObject({ created: false, tag: { id: tag.id } })
    expect(read.positions.map((entry) => entry.id)).toContain(position.id)
    expect(read.schools.find((entry) => entry.id === school.id)?.degree).toBe('BSc')
    expect(read.tags.map((entry) => entry.name)).toContain(tag.name)
  })

  it('writes, lists and reads notes', async () => {
    const notes = target.client().notes

    const note = await notes.create(personId, `<p>Contract note ${runId}</p>`)
    const typed = await notes.create(personId, { content: `<p>Call ${runId}</p>`, type: 'Call' })
    const listed = await notes.listForPerson(personId, { limit: 50 })
    const walked = await take(notes.iterateForPerson(personId, { pageSize: 1 }), 10)
    const read = await notes.get(note.id)

    expect(listed.map((entry) => entry.id)).toContain(note.id)
    expect(walked.map((entry) => entry.id)).toContain(note.id)
    expect(read.content).toContain(runId)
    expect(listed.find((entry) => entry.id === typed.id)?.type).toBe('Call')
  })

  it('searches people by page', async () => {
    const client = target.client()

    const page = await client.searchPeople({ q: personName, limit: 5, page: 1 })
    const walked = await take(client.iterateSearchPeople(personName, { pageSize: 1 }), 3)

    expect(page.meta.page).toBe(1)
    expect(page.meta.total).toBeGreaterThanOrEqual(1)
    expect(page.peopleSearch.map((person) => person.id)).toContain(personId)
    expect(walked.map((person) => person.id)).toContain(personId)
  })

  it('lists lookups', async () => {
    const lookups = target.client().lookups

    const companies = await lookups.listCompanies({ limit: 3 })
    const regions = await lookups.listRegions({ limit: 3 })
    const tags = await take(lookups.iterateTags({ pageSize: 2 }), 4)
    const statuses = await lookups.listStatuses()

    expect(companies.length).toBeLessThanOrEqual(3)
    expect(regions.length).toBeLessThanOrEqual(3)
    expect(tags.length).toBeGreaterThan(0)
    expect(statuses.length).toBeGreaterThan(0)
  })

  it('registers and removes a webhook', async () => {
    const lookups = target.client().lookups

    const hook = await lookups.createWebhook(`https://hooks.example.com/contract-${runId}`)

    await expect(lookups.deleteWebhook(hook.id)).resolves.toBeUndefined()
  })

  it('reports unknown records', async () => {
    const error = await expectClockworkFailure(target.client().getPerson(unknownId))

    expect(error.code).toBe('crm_not_found')
  })

  it('reports a validation failure', async () => {
    const error = await expectClockworkFailure(
      target.client().records.addEmail(personId, { address: 'not an email' }),
    )

    expect(error).toMatchObject({ code: 'crm_validation_failed', status: 422 })
  })

  it.each([
    ['api_key', 'api_key_rejected', { apiKey: 'wrong-key' }],
    ['api_key', 'api_key_rejected', { apiSecret: 'wrong-secret' }],
    ['service_key', 'service_key_rejected', { serviceKey: 'wrong-service-key' }],
  ] as const)('rejects a wrong %s', async (credential, testCode, wrong) => {
    const client = target.client({ credentials: { ...target.credentials, ...wrong } })

    const error = await expectClockworkFailure(client.listPeople({ limit: 1 }))
    const result = await client.testConnection()

    expect(error).toMatchObject({ code: 'crm_credentials_rejected', credential })
    expect(result.code).toBe(testCode)
  })

  it('reports an unknown firm', async () => {
    const result = await target.client({ firm: `no-such-firm-${runId}` }).testConnection()

    expect(result).toMatchObject({ ok: false, code: 'firm_not_found' })
  })
}

describe('Clockwork contract against the sandbox', () => {
  defineContract(() => startSandboxTarget(`contract-${randomUUID().slice(0, 8)}`))
})

describe.skipIf(realTarget === undefined)('Clockwork contract against real Clockwork', () => {
  defineContract(async () => realTarget as ContractTarget)
})

describe('Clockwork faults in the sandbox', () => {
  let target: Awaited<ReturnType<typeof startSandboxTarget>>
  const personName = 'Fault Test Person'

  beforeAll(async () => {
    target = await startSandboxTarget(`faults-${randomUUID().slice(0, 8)}`)
  })

  afterAll(() => target.close())

  async function setFaults(faults: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${target.sandbox.url}/_sandbox/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults),
    })
    expect(response.status).toBe(200)
  }

  async function callCount(): Promise<number> {
    const response = await fetch(`${target.sandbox.url}/_sandbox/stats`)
    const stats = (await response.json()) as { firms: Record<string, { total: number }> }
    return stats.firms[target.firm]?.total ?? 0
  }

  async function countCalls(call: () => Promise<unknown>): Promise<number> {
    const before = await callCount()
    await call().catch(() => undefined)
    return (await callCount()) - before
  }

  it('times out on latency', async () => {
    await setFaults({ latencyMs: 400 })

    const error = await expectClockworkFailure(
      target.client({ timeoutMs: 50, retry: { retries: 0 } }).lookups.listTags(),
    )

    expect(error.code).toBe('crm_timeout')
  })

  it('retries reads on server errors', async () => {
    await setFaults({ errorRate: 1, errorStatuses: [503] })

    const calls = await countCalls(() => target.client().lookups.listTags())
    const error = await expectClockworkFailure(target.client().lookups.listTags())

    expect(calls).toBe(3)
    expect(error).toMatchObject({ code: 'crm_server_error', status: 503 })
  })

  it('sends a failed write once', async () => {
    await setFaults({ errorRate: 1, errorStatuses: [500], errorPhase: 'after' })

    const calls = await countCalls(() => target.client().createPerson({ name: personName }))
    await setFaults({})
    const found = await target.client().searchPeople({ q: personName })

    expect(calls).toBe(1)
    expect(found.peopleSearch.filter((person) => person.name === personName)).toHaveLength(1)
  })

  it('reports a 429 with its Retry-After', async () => {
    await setFaults({ rateLimitRate: 1, retryAfterSeconds: 7 })

    const calls = await countCalls(() => target.client().listPeople())
    const error = await expectClockworkFailure(target.client().listPeople())

    expect(calls).toBe(1)
    expect(error).toMatchObject({ code: 'crm_rate_limited', retryAfterMs: 7000 })
  })

  it('limits requests per second', async () => {
    await setFaults({ requestsPerSecond: 1 })
    const client = target.client()

    const results = await Promise.allSettled([client.listPeople(), client.listPeople()])
    const codes = results.map((result) =>
      result.status === 'rejected' ? (result.reason as ClockworkError).code : 'ok',
    )

    expect(codes.sort()).toEqual(['crm_rate_limited', 'ok'])
  })

  it('reports revoked credentials', async () => {
    await setFaults({ revokedFirms: [target.firm] })

    const error = await expectClockworkFailure(target.client().listPeople())
    const result = await target.client().testConnection()

    expect(error).toMatchObject({ code: 'crm_credentials_rejected', credential: 'api_key' })
    expect(result.code).toBe('api_key_rejected')
  })

  it('reports dropped connections', async () => {
    await setFaults({ dropRate: 1 })

    const calls = await countCalls(() => target.client().lookups.listRegions())
    const error = await expectClockworkFailure(target.client().lookups.listRegions())

    // Node's fetch may resend a GET once by itself when a reused keep-alive connection drops.
    expect(calls).toBeGreaterThanOrEqual(3)
    expect(calls).toBeLessThanOrEqual(6)
    expect(error.code).toBe('crm_unreachable')
  })

  it('recovers once faults are off', async () => {
    await setFaults({})

    const result = await target.client().testConnection()

    expect(result.code).toBe('connected')
  })
})
