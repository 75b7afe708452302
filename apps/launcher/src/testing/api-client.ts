import { createHmac } from 'node:crypto'

/** A signed-in session of the API: the cookie and the CSRF token that writes need. */
export interface ApiSession {
  apiUrl: string
  headers: Record<string, string>
}

/**
 * Signs in with an e-mail and password as the admin SPA does.
 *
 * @throws {Error} with the status and body when the sign-in fails.
 */
export async function signIn(apiUrl: string, email: string, password: string): Promise<ApiSession> {
  const response = await fetch(`${apiUrl}/v1/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  if (!response.ok) throw new Error(`Sign-in failed: ${response.status} ${await response.text()}`)

  const cookie = response.headers
    .getSetCookie()
    .map((value) => value.split(';')[0])
    .join('; ')
  const { csrfToken } = (await response.json()) as { csrfToken: string }
  return {
    apiUrl,
    headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
  }
}

/**
 * Replaces the team defaults: reads them, applies `change` to a copy and
 * sends the result with `PUT /v1/settings`.
 *
 * @throws {Error} with the status and body when either call fails.
 */
export async function changeTeamDefaults(
  session: ApiSession,
  change: (defaults: Record<string, Record<string, unknown>>) => void,
): Promise<void> {
  const current = await fetch(`${session.apiUrl}/v1/settings`, { headers: session.headers })
  if (!current.ok) throw new Error(`Reading settings failed: ${current.status}`)
  const { defaults } = (await current.json()) as {
    defaults: Record<string, Record<string, unknown>>
  }

  change(defaults)
  const response = await fetch(`${session.apiUrl}/v1/settings`, {
    method: 'PUT',
    headers: session.headers,
    body: JSON.stringify({ defaults }),
  })
  if (!response.ok)
    throw new Error(`Saving settings failed: ${response.status} ${await response.text()}`)
}

/**
 * Sends platform events to `POST /v1/events`, signed with the team's
 * signing secret as the outreach platform signs them, and returns the
 * accepted ids.
 *
 * @throws {Error} with the status and body when the API does not return 202.
 */
export async function sendSignedEvents(
  apiUrl: string,
  signingSecret: string,
  events: readonly unknown[],
): Promise<string[]> {
  const body = JSON.stringify({ events })
  const timestamp = Math.floor(Date.now() / 1000)
  const digest = createHmac('sha256', signingSecret).update(`${timestamp}.${body}`).digest('hex')

  const response = await fetch(`${apiUrl}/v1/events`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-talent-sync-signature': `t=${timestamp},v1=${digest}`,
    },
    body,
  })
  if (response.status !== 202) {
    throw new Error(`Sending events failed: ${response.status} ${await response.text()}`)
  }
  return ((await response.json()) as { accepted: string[] }).accepted
}
