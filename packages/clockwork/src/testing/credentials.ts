import type { ClockworkCredentials } from '../client/options.js'

/** Made-up credentials that tests search for in errors to prove nothing leaks. */
export const testCredentials: ClockworkCredentials = {
  apiKey: 'test-api-key-5f1e',
  apiSecret: 'test-api-secret-9c2a',
  serviceKey: 'test-service-key-7d3b',
}

/** Lists every form a credential takes on the wire, including the base64 `Authorization` token. */
export function credentialForms(credentials: ClockworkCredentials = testCredentials): string[] {
  const token = Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64')
  return [credentials.apiKey, credentials.apiSecret, credentials.serviceKey, token]
}
