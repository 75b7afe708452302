import type { FirmCredentials } from '../firms.js'

/** Fictional firm used across the sandbox tests. */
export const ACME: FirmCredentials = {
  name: 'acme',
  apiKey: 'test-api-key-acme',
  apiSecret: 'test-api-secret-acme-7f3a',
  serviceKey: 'test-service-key-acme-91c2',
}

/** Second fictional firm, for per-firm behaviour. */
export const GLOBEX: FirmCredentials = {
  name: 'globex',
  apiKey: 'test-api-key-globex',
  apiSecret: 'test-api-secret-globex-5d1e',
  serviceKey: 'test-service-key-globex-0b7f',
}

/** Request headers carrying a firm's credentials with the given scheme. */
export function authHeaders(
  firm: FirmCredentials,
  scheme: 'Token' | 'Bearer' = 'Token',
): Record<string, string> {
  const pair = Buffer.from(`${firm.apiKey}:${firm.apiSecret}`).toString('base64')

  return {
    Authorization: `${scheme} ${pair}`,
    'X-API-Key': firm.serviceKey,
    'Content-Type': 'application/json',
  }
}
