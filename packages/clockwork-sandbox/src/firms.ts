import { randomBytes } from 'node:crypto'

/** A firm the sandbox serves, with the credentials its callers must send. */
export interface FirmCredentials {
  /** Firm name: the `{firm}` path segment (the firm's web-app subdomain). */
  name: string
  /** Per-user API key (the "public key"). */
  apiKey: string
  /** Secret paired with the API key. */
  apiSecret: string
  /** Firm service key, sent raw in the `X-API-Key` header. */
  serviceKey: string
}

/** Name of the firm made when no firm is configured. */
export const DEMO_FIRM_NAME = 'demo'

/** Makes a firm with random credentials, for starts without configured credentials. */
export function createDemoFirm(name: string = DEMO_FIRM_NAME): FirmCredentials {
  return {
    name,
    apiKey: `key_${randomBytes(12).toString('hex')}`,
    apiSecret: `secret_${randomBytes(24).toString('hex')}`,
    serviceKey: `firm_${randomBytes(16).toString('hex')}`,
  }
}
