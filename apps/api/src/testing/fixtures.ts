import type { PlatformEventInput } from '@talent-sync/core'

import { signBody } from '../auth/signature.js'

/** Builds a valid `person.added_to_campaign` event for a fictional person. */
export function makeEvent(
  teamId: string,
  userId: string,
  id: string,
  overrides: Partial<PlatformEventInput> = {},
): PlatformEventInput {
  return {
    id,
    type: 'person.added_to_campaign',
    occurredAt: '2026-12-01T10:00:00Z',
    teamId,
    userId,
    campaign: { id: 'cmp_1', name: 'VP Engineering, London' },
    person: {
      id: `p_${id}`,
      firstName: 'Zoë',
      lastName: "O'Brien-Łukasik",
      emails: [{ address: 'zoe.obrien@example.test', type: 'work' }],
    },
    ...overrides,
  }
}

/** Returns request options for a JSON body signed with a team's secret at a Unix time. */
export function signedRequest(body: unknown, secret: string, timestamp: number): RequestInit {
  const rawBody = typeof body === 'string' ? body : JSON.stringify(body)
  return {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'X-Talent-Sync-Signature': signBody(secret, rawBody, timestamp),
    },
    body: rawBody,
  }
}

/** Returns the Unix time in seconds of a date. */
export function unixSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000)
}

/** The `error` object of an error response. */
export interface ErrorPayload {
  code: string
  message: string
  errors?: { path: string; message: string }[]
  requestId?: string
}

/** Reads the `error` object of an error response. */
export async function readError(response: Response): Promise<ErrorPayload> {
  const body = (await response.json()) as { error: ErrorPayload }
  return body.error
}

/** Reads a JSON response body as the given type. */
export async function readJsonAs<T>(response: Response): Promise<T> {
  return (await response.json()) as T
}
