import { createHmac, timingSafeEqual } from 'node:crypto'

/** Name of the header that carries an event delivery's signature. */
export const SIGNATURE_HEADER = 'X-Talent-Sync-Signature'

/** The parts of a signature header: its timestamp and one or more `v1` digests. */
export interface ParsedSignature {
  /** Unix time in seconds when the sender signed the body. */
  timestamp: number
  /** Hex digests; several are allowed so a sender can sign with an old and a new secret. */
  digests: string[]
}

/** Outcome of {@link verifySignature}. */
export type SignatureCheck = 'valid' | 'malformed' | 'expired' | 'mismatch'

const HEX_DIGEST = /^[0-9a-f]{64}$/

/**
 * Parses `t=<unix seconds>,v1=<hex>[,v1=<hex>...]`. Returns undefined when
 * the header is missing, has no timestamp, or has no well-formed digest.
 * Unknown parts are ignored so a later scheme (`v2=`) can be added.
 */
export function parseSignatureHeader(header: string | undefined): ParsedSignature | undefined {
  if (!header || header.length > 2_000) return undefined

  let timestamp: number | undefined
  const digests: string[] = []
  for (const part of header.split(',')) {
    const [name, value] = part.trim().split('=', 2)
    if (name === 't' && value && /^\d{1,12}$/.test(value)) timestamp = Number(value)
    if (name === 'v1' && value && HEX_DIGEST.test(value.toLowerCase()))
      digests.push(value.toLowerCase())
  }

  if (timestamp === undefined || digests.length === 0) return undefined
  return { timestamp, digests }
}

/** Computes the hex HMAC-SHA256 of `<timestamp>.<raw body>` with a signing secret. */
export function computeSignature(secret: string, timestamp: number, rawBody: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.`).update(rawBody).digest('hex')
}

/**
 * Builds the signature header for a body, as the outreach platform sends it.
 *
 * @example
 * const header = signBody(secret, JSON.stringify(event), Math.floor(Date.now() / 1000))
 */
export function signBody(secret: string, rawBody: string, timestamp: number): string {
  return `t=${timestamp},v1=${computeSignature(secret, timestamp, rawBody)}`
}

/** Input of {@link verifySignature}. */
export interface VerifySignatureInput {
  header: string | undefined
  rawBody: string
  /** The team's valid secrets, newest first. */
  secrets: readonly string[]
  /** Current Unix time in seconds. */
  nowSeconds: number
  /** Allowed distance between the signature's timestamp and now, in seconds. */
  toleranceSeconds: number
}

/**
 * Checks a delivery's signature against each of the team's valid secrets.
 * Digests are compared in constant time, so the time taken does not reveal
 * how many leading characters of a forged digest were right.
 */
export function verifySignature(input: VerifySignatureInput): SignatureCheck {
  const parsed = parseSignatureHeader(input.header)
  if (!parsed) return 'malformed'
  if (Math.abs(input.nowSeconds - parsed.timestamp) > input.toleranceSeconds) return 'expired'

  const candidates = parsed.digests.map((digest) => Buffer.from(digest, 'hex'))
  for (const secret of input.secrets) {
    const expected = Buffer.from(computeSignature(secret, parsed.timestamp, input.rawBody), 'hex')
    if (candidates.some((candidate) => timingSafeEqual(candidate, expected))) return 'valid'
  }
  return 'mismatch'
}
