import type { CrmCredentials } from '@talent-sync/store'

/** Firm subdomain and credentials of one team's CRM. */
export interface CrmConnectionTarget {
  firmSubdomain: string
  credentials: CrmCredentials
}

/**
 * The CRM calls the API makes. The Clockwork adapter implements it; the
 * narrow interface keeps routes independent of the client's full surface.
 */
export interface CrmClient {
  /**
   * Proves the credentials work with one cheap read. Throws the client's
   * typed errors: rejected credentials, unknown firm, unreachable CRM.
   */
  testConnection(): Promise<void>
}

/** Creates a CRM client for one team's connection. */
export type CrmClientFactory = (target: CrmConnectionTarget) => CrmClient
