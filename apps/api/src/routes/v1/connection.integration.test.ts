import type { CreatedTeam, User } from '@talent-sync/store'
import { beforeAll, describe, expect, it } from 'vitest'

import {
  makeEvent,
  readError,
  readJsonAs,
  signedRequest,
  unixSeconds,
} from '../../testing/fixtures.js'
import { TEST_FIRM, useTestSandbox } from '../../testing/sandbox.js'
import { getJson, signIn, type TestSession } from '../../testing/sign-in.js'
import { TEST_PASSWORD, useTestApp } from '../../testing/test-app.js'

const FIRM = TEST_FIRM
const sandbox = useTestSandbox()

interface ConnectionView {
  status: string
  firmSubdomain: string | null
  credentials: { apiKey: string; apiSecret: string; serviceKey: string } | null
}

describe('connection and signing secret', () => {
  const getTestApp = useTestApp({ crm: sandbox.crm })
  let created: CreatedTeam
  let member: User
  let admin: TestSession
  let memberSession: TestSession
  let rotatedSecret = ''

  beforeAll(async () => {
    created = await getTestApp().createTeam()
    member = await getTestApp().createMember(created.team.id)
    admin = await signIn(getTestApp().app, created.admin.email)
    memberSession = await signIn(getTestApp().app, member.email)
  })

  function activate(session: TestSession, overrides: Partial<Record<string, string>> = {}) {
    const body = {
      firmSubdomain: FIRM.name,
      apiKey: FIRM.apiKey,
      apiSecret: FIRM.apiSecret,
      serviceKey: FIRM.serviceKey,
      ...overrides,
    }
    return getTestApp().app.request('/v1/connection', {
      method: 'POST',
      headers: session.headers,
      body: JSON.stringify(body),
    })
  }

  function status(session: TestSession): Promise<ConnectionView> {
    return getJson<ConnectionView>(getTestApp().app, '/v1/connection', session)
  }

  it('starts without a connection', async () => {
    expect((await status(memberSession)).status).toBe('not_configured')
  })

  it('forbids members to activate', async () => {
    const response = await activate(memberSession)

    expect(response.status).toBe(403)
    expect((await readError(response)).code).toBe('forbidden')
  })

  it.each([
    ['a wrong API key', { apiKey: 'key_wrong_0000000000' }, 'crm_api_key_rejected'],
    ['a wrong API secret', { apiSecret: 'secret_wrong_000000' }, 'crm_api_key_rejected'],
    ['a wrong service key', { serviceKey: 'firm_wrong_0000000' }, 'crm_service_key_rejected'],
    ['an unknown firm', { firmSubdomain: 'no-such-firm' }, 'crm_firm_not_found'],
  ])('rejects %s and saves nothing', async (_, overrides, code) => {
    const response = await activate(admin, overrides)

    expect(response.status).toBe(422)
    expect((await readError(response)).code).toBe(code)
    expect((await status(admin)).status).toBe('not_configured')
  })

  it('activates with the right credentials and masks them', async () => {
    const response = await activate(admin)
    const view = await readJsonAs<ConnectionView>(response)
    const later = await status(memberSession)

    expect(response.status).toBe(200)
    expect(view.status).toBe('connected')
    expect(view.credentials?.apiKey).toMatch(/^•+cdef$/)
    expect(later).toEqual(view)
    for (const secret of [FIRM.apiKey, FIRM.apiSecret, FIRM.serviceKey]) {
      expect(JSON.stringify(later)).not.toContain(secret)
    }
  })

  it('hides the connection from another team', async () => {
    const other = await getTestApp().createTeam()
    const otherAdmin = await signIn(getTestApp().app, other.admin.email)

    expect((await status(otherAdmin)).status).toBe('not_configured')
  })

  it('forbids members to deactivate', async () => {
    const response = await getTestApp().app.request('/v1/connection', {
      method: 'DELETE',
      headers: memberSession.headers,
    })

    expect(response.status).toBe(403)
    expect((await status(admin)).status).toBe('connected')
  })

  it('rotates the signing secret and keeps the old one valid for a while', async () => {
    const { app } = getTestApp()
    const now = new Date()
    getTestApp().setNow(now)
    const memberResponse = await app.request('/v1/signing-secret/rotate', {
      method: 'POST',
      headers: memberSession.headers,
    })
    const response = await app.request('/v1/signing-secret/rotate', {
      method: 'POST',
      headers: admin.headers,
    })
    const { signingSecret } = await readJsonAs<{ signingSecret: string }>(response)

    const withNew = await app.request(
      '/v1/events',
      signedRequest(
        makeEvent(created.team.id, member.id, 'evt_new'),
        signingSecret,
        unixSeconds(now),
      ),
    )
    const withOld = await app.request(
      '/v1/events',
      signedRequest(
        makeEvent(created.team.id, member.id, 'evt_old'),
        created.signingSecret,
        unixSeconds(now),
      ),
    )

    rotatedSecret = signingSecret
    expect(memberResponse.status).toBe(403)
    expect(response.status).toBe(201)
    expect(signingSecret).not.toBe(created.signingSecret)
    expect(withNew.status).toBe(202)
    expect(withOld.status).toBe(202)
  })

  it('deactivates', async () => {
    const first = await getTestApp().app.request('/v1/connection', {
      method: 'DELETE',
      headers: admin.headers,
    })
    const second = await getTestApp().app.request('/v1/connection', {
      method: 'DELETE',
      headers: admin.headers,
    })

    expect(first.status).toBe(204)
    expect(second.status).toBe(404)
    expect((await status(admin)).status).toBe('not_configured')
  })

  it('never logs a credential, password or signing secret', async () => {
    const text = getTestApp().logs.text()

    expect(text).toContain('CRM connection activated')
    for (const secret of [
      FIRM.apiKey,
      FIRM.apiSecret,
      FIRM.serviceKey,
      TEST_PASSWORD,
      created.signingSecret,
      rotatedSecret,
    ]) {
      expect(text).not.toContain(secret)
    }
  })
})
