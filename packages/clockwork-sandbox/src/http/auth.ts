import { createHash, timingSafeEqual } from 'node:crypto'

import { clockworkErrorStatus } from '@talent-sync/clockwork'

import type { FirmCredentials } from '../firms.js'
import { SandboxHttpError } from './errors.js'

/** Parses `Token <base64>` or `Bearer <base64>` into the key and secret it carries. */
export function parseAuthorization(
  header: string | undefined,
): { apiKey: string; apiSecret: string } | undefined {
  const match = /^(?:token|bearer)\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header ?? '')
  if (match?.[1] === undefined) return undefined

  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon <= 0) return undefined

  return { apiKey: decoded.slice(0, colon), apiSecret: decoded.slice(colon + 1) }
}

/**
 * Checks a request's credentials against the firm's: the `Authorization`
 * pair first (401 when missing or wrong), then the `X-API-Key` service key
 * (403 when missing or wrong). Messages never echo what the caller sent.
 */
export function checkCredentials(
  firm: FirmCredentials,
  authorization: string | undefined,
  serviceKey: string | undefined,
): void {
  const pair = parseAuthorization(authorization)
  const pairMatches =
    pair !== undefined &&
    sameSecret(pair.apiKey, firm.apiKey) &&
    sameSecret(pair.apiSecret, firm.apiSecret)

  if (!pairMatches) {
    throw new SandboxHttpError(
      clockworkErrorStatus.credentialsRejected,
      'credentials_rejected',
      'Invalid or missing Authorization: send "Token <base64 of apiKey:apiSecret>".',
    )
  }

  if (serviceKey === undefined || !sameSecret(serviceKey, firm.serviceKey)) {
    throw new SandboxHttpError(
      clockworkErrorStatus.serviceKeyRejected,
      'service_key_rejected',
      'Invalid or missing X-API-Key: send the firm service key.',
    )
  }
}

/** Raises the 401 a firm with revoked credentials gets on every call. */
export function rejectRevoked(): never {
  throw new SandboxHttpError(
    clockworkErrorStatus.credentialsRejected,
    'credentials_revoked',
    'Invalid or missing Authorization: the API key is inactive.',
  )
}

/** Compares two secrets in constant time, whatever their lengths. */
function sameSecret(given: string, expected: string): boolean {
  const givenDigest = createHash('sha256').update(given).digest()
  const expectedDigest = createHash('sha256').update(expected).digest()

  return timingSafeEqual(givenDigest, expectedDigest)
}
