import { randomBytes } from 'node:crypto'

const BASE32_ALPHABET = 'abcdefghijklmnopqrstuvwxyz234567'

/** Prefixes of the ids this package creates, one per kind of row. */
export type IdPrefix = 'team' | 'user' | 'ses' | 'tok' | 'sec' | 'set' | 'jrn' | 'act'

/**
 * Creates an id such as `team_k5x2...`: the prefix, an underscore and 26
 * lowercase base32 characters from 16 random bytes (128 bits).
 */
export function createId(prefix: IdPrefix): string {
  return `${prefix}_${encodeBase32(randomBytes(16))}`
}

/** Encodes bytes as lowercase RFC 4648 base32 without padding. */
export function encodeBase32(bytes: Uint8Array): string {
  let output = ''
  let buffer = 0
  let bitCount = 0

  for (const byte of bytes) {
    buffer = (buffer << 8) | byte
    bitCount += 8
    while (bitCount >= 5) {
      output += BASE32_ALPHABET[(buffer >>> (bitCount - 5)) & 31]
      bitCount -= 5
    }
  }

  if (bitCount > 0) {
    output += BASE32_ALPHABET[(buffer << (5 - bitCount)) & 31]
  }

  return output
}
