import { ClockworkClient } from '@talent-sync/clockwork'
import type { CrmCredentials } from '@talent-sync/store'

/** Firm subdomain and credentials of one team's CRM. */
export interface CrmConnectionTarget {
  firmSubdomain: string
  credentials: CrmCredentials
}

/** The CRM client the API calls: Clockwork's typed client. */
export type CrmClient = ClockworkClient

/** Creates a CRM client for one team's connection. */
export type CrmClientFactory = (target: CrmConnectionTarget) => CrmClient

/** Timeout of one CRM call, in milliseconds, kept short because a user waits for the response. */
const CRM_TIMEOUT_MS = 10_000

/**
 * Returns a factory of Clockwork clients for one API origin, such as
 * `https://api.clockworkrecruiting.com` or a local sandbox.
 */
export function createClockworkFactory(baseUrl: string): CrmClientFactory {
  return (target) =>
    new ClockworkClient({
      firm: target.firmSubdomain,
      credentials: target.credentials,
      baseUrl,
      timeoutMs: CRM_TIMEOUT_MS,
      retry: { retries: 1 },
    })
}
