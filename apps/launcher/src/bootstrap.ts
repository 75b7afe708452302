import {
  createTeamWithAdmin,
  createUser,
  getTeam,
  loadEncryptionKey,
  migrate,
  type DatabaseHandle,
} from '@talent-sync/store'

import { saveDemoState, type DemoState } from './demo.js'

/**
 * Creates the demo team, its admin and its member on the first start, and
 * stores the team id in the demo state. Returns the event signing secret
 * when the team was created now, because it can be shown only once.
 */
export async function ensureDemoTeam(
  handle: DatabaseHandle,
  state: DemoState,
  options: { dataDir: string; encryptionKey: string | undefined },
): Promise<{ signingSecret: string | null }> {
  await migrate(handle.db)

  if (state.teamId && (await getTeam(handle.db, state.teamId))) {
    return { signingSecret: null }
  }

  const box = await loadEncryptionKey({
    encryptionKey: options.encryptionKey,
    dataDir: options.dataDir,
  })
  const created = await createTeamWithAdmin(handle.db, box, {
    teamName: state.teamName,
    adminEmail: state.admin.email,
    adminPassword: state.admin.password,
    adminName: 'Demo Admin',
  })
  await createUser(handle.db, {
    teamId: created.team.id,
    email: state.member.email,
    password: state.member.password,
    name: 'Demo Recruiter',
    role: 'member',
  })

  state.teamId = created.team.id
  state.admin.userId = created.admin.id
  await saveDemoState(options.dataDir, state)
  return { signingSecret: created.signingSecret }
}

/**
 * Signs in to the API as the demo admin and activates the Clockwork
 * connection with the sandbox firm, unless the team is already connected.
 * Going through the API means the credentials are checked against the CRM
 * exactly as an admin's would be. Returns the admin's user id from the
 * sign-in response, which `talent-sync push --user` needs.
 *
 * @throws {Error} with the API's error code and message when a call fails.
 */
export async function ensureDemoConnection(
  apiUrl: string,
  state: DemoState,
): Promise<{ adminUserId: string }> {
  const session = await fetch(`${apiUrl}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: state.admin.email, password: state.admin.password }),
  })
  await expectOk(session, 'sign in as the demo admin')

  const cookie = session.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ')
  const signedIn = (await session.json()) as { csrfToken: string; user: { id: string } }
  const adminUserId = signedIn.user.id
  const headers = { cookie, 'x-csrf-token': signedIn.csrfToken, 'content-type': 'application/json' }

  const current = await fetch(`${apiUrl}/v1/connection`, { headers })
  await expectOk(current, 'read the connection')
  const connection = (await current.json()) as { status: string }
  if (connection.status === 'connected') return { adminUserId }

  const activation = await fetch(`${apiUrl}/v1/connection`, {
    method: 'POST',
    headers,
    body: JSON.stringify({
      firmSubdomain: state.firm.name,
      apiKey: state.firm.apiKey,
      apiSecret: state.firm.apiSecret,
      serviceKey: state.firm.serviceKey,
    }),
  })
  await expectOk(activation, 'activate the sandbox connection')
  return { adminUserId }
}

async function expectOk(response: Response, action: string): Promise<void> {
  if (response.ok) return
  const body = (await response.json().catch(() => null)) as {
    error?: { code?: string; message?: string }
  } | null
  const reason = body?.error
    ? `${body.error.code}: ${body.error.message}`
    : `HTTP ${response.status}`
  throw new Error(`Could not ${action} (${reason})`)
}
