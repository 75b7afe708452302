import { defaultSettings } from '@talent-sync/core'
import { pushJobSchema } from '@talent-sync/jobs'
import { saveConnection, type CreatedTeam, type User } from '@talent-sync/store'
import { beforeAll, describe, expect, it } from 'vitest'

import { readError, readJsonAs } from '../../testing/fixtures.js'
import { connectTestFirm, TEST_FIRM, useTestSandbox } from '../../testing/sandbox.js'
import { getJson, sendJson, signIn, type TestSession } from '../../testing/sign-in.js'
import { useTestApp } from '../../testing/test-app.js'

const sandbox = useTestSandbox({ seed: 7 })

const PERSON = {
  id: 'p_nadia',
  firstName: 'Nadia',
  lastName: 'Rowe',
  jobTitle: 'VP Engineering',
  companyName: 'Initech',
  emails: [{ address: 'nadia.rowe@example.test', type: 'work' }],
}

interface PreviewView {
  action: string
  missingMandatory: string[]
  match: { kind: string }
  fields: { key: string; fate: string }[]
}

describe('calls that read the CRM', () => {
  const getTestApp = useTestApp({ crm: sandbox.crm })
  let created: CreatedTeam
  let member: User
  let admin: TestSession
  let memberSession: TestSession

  beforeAll(async () => {
    const { app, deps } = getTestApp()
    created = await getTestApp().createTeam()
    member = await getTestApp().createMember(created.team.id)
    admin = await signIn(app, created.admin.email)
    memberSession = await signIn(app, member.email)
    await connectTestFirm(deps.db, deps.box, created.team.id)

    const defaults = defaultSettings()
    defaults.sync.mandatoryFields = ['firstName', 'lastName', 'emailAddresses']
    defaults.sync.displayedFields = ['tags', 'biography']
    defaults.sync.filterableFields = ['currentCompany', 'tags']
    defaults.general.companyWarning = { mode: 'exact', threshold: 0.85 }
    const saved = await sendJson(app, 'PUT', '/v1/settings', admin, { defaults, locks: [] })
    expect(saved.status).toBe(200)

    const client = sandbox.crm({
      firmSubdomain: TEST_FIRM.name,
      credentials: {
        apiKey: TEST_FIRM.apiKey,
        apiSecret: TEST_FIRM.apiSecret,
        serviceKey: TEST_FIRM.serviceKey,
      },
    })
    const person = await client.createPerson({ name: 'Quentin Vale' })
    await client.records.addPosition(person.id, {
      title: 'CTO',
      companyName: 'Vandelay Industries',
    })
  })

  it('queues a push with every mandatory field', async () => {
    const { app, deps } = getTestApp()
    const response = await sendJson(app, 'POST', '/v1/people/push', memberSession, {
      person: PERSON,
      taggedFields: { biography: 'Met at a conference.' },
    })
    const { jobId } = await readJsonAs<{ jobId: string }>(response)
    const job = pushJobSchema.parse((await deps.queue.getJob(jobId))?.data)

    expect(response.status).toBe(202)
    expect(job.userId).toBe(member.id)
    expect(job.person.id).toBe('p_nadia')
    expect(job.taggedFields).toEqual({ biography: 'Met at a conference.' })
  })

  it('lists the missing mandatory fields and queues nothing', async () => {
    const { app, deps } = getTestApp()
    const before = await deps.queue.getJobCountByTypes('waiting')
    const response = await sendJson(app, 'POST', '/v1/people/push', memberSession, {
      person: { id: 'p_nameless', jobTitle: 'Engineer' },
    })
    const error = await readError(response)

    expect(response.status).toBe(422)
    expect(error.code).toBe('mandatory_fields_missing')
    expect(error.errors?.map((issue) => issue.path)).toEqual([
      'firstName',
      'lastName',
      'emailAddresses',
    ])
    expect(await deps.queue.getJobCountByTypes('waiting')).toBe(before)
  })

  it('names invalid person fields', async () => {
    const response = await sendJson(getTestApp().app, 'POST', '/v1/people/push', memberSession, {
      person: { ...PERSON, emails: [{ address: 'not-an-email', type: 'work' }] },
    })

    expect(response.status).toBe(400)
    expect((await readError(response)).errors?.map((issue) => issue.path)).toEqual([
      'person.emails.0.address',
    ])
  })

  it('searches the CRM with a filterable field', async () => {
    const result = await getJson<{ people: { name: string; currentCompany: string | null }[] }>(
      getTestApp().app,
      '/v1/crm/people?q=Quentin&currentCompany=vandelay',
      memberSession,
    )

    expect(result.people.map((person) => person.name)).toEqual(['Quentin Vale'])
    expect(result.people[0]?.currentCompany).toBe('Vandelay Industries')
  })

  it('drops results that miss a filter', async () => {
    const result = await getJson<{ people: unknown[] }>(
      getTestApp().app,
      '/v1/crm/people?q=Quentin&currentCompany=Initech',
      memberSession,
    )

    expect(result.people).toEqual([])
  })

  it('rejects a filter that is not filterable', async () => {
    const response = await getTestApp().app.request(
      '/v1/crm/people?q=a&firstName=Quentin&biography=x',
      {
        headers: { Cookie: memberSession.cookie },
      },
    )
    const error = await readError(response)

    expect(response.status).toBe(400)
    expect(error.code).toBe('invalid_filter')
    expect(error.errors?.map((issue) => issue.path)).toEqual(['firstName', 'biography'])
  })

  it('warns about duplicate companies', async () => {
    const result = await getJson<{
      company: Record<string, string | null> | null
      warning: { candidates: { name: string }[] } | null
    }>(getTestApp().app, '/v1/companies/lookup?name=Acme&domain=acme.example', memberSession)

    expect(result.company?.name).toMatch(/acme/i)
    expect(result.company?.website).toBe('https://acme.example')
    expect(result.warning?.candidates.map((candidate) => candidate.name).sort()).toEqual(
      ['Acme', 'Acme Inc.', 'Acme Ltd', 'ACME Limited'].sort(),
    )
  })

  it('previews a new person without writing', async () => {
    const { app, deps } = getTestApp()
    const before = await deps.queue.getJobCountByTypes('waiting')
    const response = await sendJson(app, 'POST', '/v1/preview', memberSession, { person: PERSON })
    const preview = await readJsonAs<PreviewView>(response)
    const search = await getJson<{ people: unknown[] }>(
      app,
      '/v1/crm/people?q=Nadia%20Rowe',
      memberSession,
    )

    expect(response.status).toBe(200)
    expect(preview.action).toBe('create')
    expect(preview.match.kind).toBe('none')
    expect(preview.fields.find((field) => field.key === 'firstName')?.fate).toBe('write')
    expect(search.people).toEqual([])
    expect(await deps.queue.getJobCountByTypes('waiting')).toBe(before)
  })

  it('previews an update of a matching CRM person', async () => {
    const person = {
      id: 'p_quentin',
      firstName: 'Quentin',
      lastName: 'Vale',
      companyName: 'Vandelay Industries',
      jobTitle: 'CTO',
    }
    const response = await sendJson(getTestApp().app, 'POST', '/v1/preview', memberSession, {
      person,
    })
    const preview = await readJsonAs<PreviewView>(response)

    expect(response.status).toBe(200)
    expect(preview.match.kind).toBe('matched')
    expect(preview.action).toBe('blocked')
    expect(preview.missingMandatory).toEqual(['emailAddresses'])
    expect(preview.fields.find((field) => field.key === 'firstName')?.fate).toBe(
      'blocked_mandatory',
    )
  })

  it('reports rejected CRM credentials', async () => {
    const { app, deps } = getTestApp()
    const other = await getTestApp().createTeam()
    const otherAdmin = await signIn(app, other.admin.email)
    await saveConnection(deps.db, deps.box, other.team.id, {
      firmSubdomain: TEST_FIRM.name,
      credentials: {
        apiKey: 'key_revoked_000000',
        apiSecret: 'secret_revoked_0000',
        serviceKey: TEST_FIRM.serviceKey,
      },
      requestsPerSecond: 5,
    })

    const response = await app.request('/v1/crm/people?q=Quentin', {
      headers: { Cookie: otherAdmin.cookie },
    })
    const error = await readError(response)

    const connection = await getJson<{ status: string }>(app, '/v1/connection', otherAdmin)

    expect(response.status).toBe(409)
    expect(error.code).toBe('crm_credentials_rejected')
    expect(JSON.stringify(error)).not.toContain('key_revoked_000000')
    expect(connection.status).toBe('needs_reconnect')
  })

  it("reuses the firm's tags for a minute", async () => {
    const { app, setNow } = getTestApp()
    const tagOptions = async () => {
      const settings = await getJson<{ catalogue: { key: string; options?: string[] }[] }>(
        app,
        '/v1/settings',
        memberSession,
      )
      return settings.catalogue.find((field) => field.key === 'tags')?.options ?? []
    }
    const start = new Date()
    setNow(start)
    const before = await tagOptions()
    await sandbox
      .crm({
        firmSubdomain: TEST_FIRM.name,
        credentials: {
          apiKey: TEST_FIRM.apiKey,
          apiSecret: TEST_FIRM.apiSecret,
          serviceKey: TEST_FIRM.serviceKey,
        },
      })
      .lookups.createTag('Zeta Advisory Board')

    const cached = await tagOptions()
    setNow(new Date(start.getTime() + 61_000))
    const refreshed = await tagOptions()

    expect(before.length).toBeGreaterThan(0)
    expect(cached).toEqual(before)
    expect(refreshed).toContain('Zeta Advisory Board')
  })

  it('rejects calls without a CRM connection', async () => {
    const other = await getTestApp().createTeam()
    const otherAdmin = await signIn(getTestApp().app, other.admin.email)
    const push = await sendJson(getTestApp().app, 'POST', '/v1/people/push', otherAdmin, {
      person: PERSON,
    })
    const lookup = await getTestApp().app.request('/v1/companies/lookup?name=Acme', {
      headers: { Cookie: otherAdmin.cookie },
    })

    expect(push.status).toBe(409)
    expect((await readError(push)).code).toBe('crm_not_connected')
    expect(lookup.status).toBe(409)
  })

  it('keeps settings editable when the CRM fails', async () => {
    const { app, deps, logs } = getTestApp()
    const other = await getTestApp().createTeam()
    const otherAdmin = await signIn(app, other.admin.email)
    await connectTestFirm(deps.db, deps.box, other.team.id)

    await setSandboxFaults({ errorRate: 1, errorStatuses: [500] })
    let settings: { catalogue: { key: string; options?: unknown[] }[] }
    try {
      settings = await getJson(app, '/v1/settings', otherAdmin)
    } finally {
      await setSandboxFaults({})
    }

    const tags = settings.catalogue.find((field) => field.key === 'tags')
    const failure = logs.lines.find(
      (line) =>
        line.includes('reading tags and statuses from the CRM failed') &&
        line.includes(other.team.id),
    )
    expect(tags?.options ?? []).toEqual([])
    expect(failure).toBeDefined()
    expect(failure?.match(/"teamId"/g)).toHaveLength(1)
  })

  async function setSandboxFaults(faults: Record<string, unknown>): Promise<void> {
    const response = await fetch(`${sandbox.running().url}/_sandbox/faults`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(faults),
    })
    expect(response.status).toBe(200)
  }
})
