import { listPeopleResponseSchema } from '../wire/people.js'
import { ClockworkError, type ClockworkErrorCode } from './errors.js'
import type { ClockworkCallOptions } from './options.js'
import type { ClockworkTransport } from './transport.js'

/** Outcome of a connection test, as an activation screen shows it. */
export type ConnectionTestCode =
  | 'connected'
  | 'api_key_rejected'
  | 'service_key_rejected'
  | 'firm_not_found'
  | 'unreachable'
  | 'timeout'
  | 'rate_limited'
  | 'server_error'
  | 'invalid_response'
  | 'request_rejected'

/** Result of {@link ClockworkClient.testConnection}. */
export interface ConnectionTestResult {
  /** True only when Clockwork accepted the credentials for this firm. */
  readonly ok: boolean
  /** Stable outcome code. */
  readonly code: ConnectionTestCode
  /** Plain sentence that states what failed and what to fix; it never contains a credential. */
  readonly message: string
  /** Code of the underlying client error, when the test failed. */
  readonly errorCode?: ClockworkErrorCode
  /** HTTP status, when Clockwork responded. */
  readonly status?: number
}

// NOTE: 401 versus 403 for the two kinds of key is a guess; on real Clockwork both may be 401.
const failureMessages: Record<Exclude<ConnectionTestCode, 'connected'>, string> = {
  api_key_rejected:
    'Clockwork rejected the API key and secret. Check that the key is active in Clockwork under Profile > API Keys and that the secret belongs to it; if both are right, check the firm service key too.',
  service_key_rejected:
    'Clockwork rejected the firm service key. Copy it again from Profile > API Keys in Clockwork.',
  firm_not_found:
    'Clockwork has no firm with this name. Use the subdomain of your Clockwork web address, e.g. "acme" for acme.clockworkrecruiting.com.',
  unreachable:
    'Could not connect to Clockwork. Check the API base URL and that this server can reach it.',
  timeout: 'Clockwork did not answer in time. Try again in a minute.',
  rate_limited: 'Clockwork is limiting requests for this firm right now. Try again in a minute.',
  server_error: 'Clockwork had an internal error. Try again later.',
  invalid_response: 'The server answered, but not like the Clockwork API. Check the API base URL.',
  request_rejected:
    'Clockwork rejected the test request. Check that the Premium API is enabled for the firm.',
}

function testCodeOf(error: ClockworkError): Exclude<ConnectionTestCode, 'connected'> {
  switch (error.code) {
    case 'crm_credentials_rejected':
      return error.status === 403 ? 'service_key_rejected' : 'api_key_rejected'
    case 'crm_not_found':
      return 'firm_not_found'
    case 'crm_unreachable':
      return 'unreachable'
    case 'crm_timeout':
      return 'timeout'
    case 'crm_rate_limited':
      return 'rate_limited'
    case 'crm_server_error':
      return 'server_error'
    case 'crm_invalid_response':
      return 'invalid_response'
    case 'crm_validation_failed':
      return 'request_rejected'
  }
}

/**
 * Reads one person to prove the credentials, firm and base URL work, without retries.
 * A 404 on this path can only mean an unknown firm, because it names no record.
 */
export async function testClockworkConnection(
  transport: ClockworkTransport,
  options: ClockworkCallOptions = {},
): Promise<ConnectionTestResult> {
  const call = {
    endpoint: 'listPeople',
    params: {},
    query: { limit: 1 },
    responseSchema: listPeopleResponseSchema,
  } as const

  try {
    await transport.send(call, { ...options, retries: 0 })
    return { ok: true, code: 'connected', message: 'Connected to Clockwork.' }
  } catch (error) {
    if (!(error instanceof ClockworkError)) {
      throw error
    }

    const code = testCodeOf(error)
    const status = error.status
    return {
      ok: false,
      code,
      message: failureMessages[code],
      errorCode: error.code,
      ...(status === undefined ? {} : { status }),
    }
  }
}
