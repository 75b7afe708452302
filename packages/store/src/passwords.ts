import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/** scrypt cost parameters; N = 2^15 with r = 8 needs 32 MiB of memory per hash. */
const SCRYPT_PARAMETERS = { N: 2 ** 15, r: 8, p: 1 } as const
const SALT_BYTES = 16
const KEY_BYTES = 32
// Node's default maxmem (32 MiB) is exactly 128 * N * r, which scrypt rejects, so allow double.
const MAX_MEMORY_BYTES = 2 * 128 * SCRYPT_PARAMETERS.N * SCRYPT_PARAMETERS.r

function deriveKey(
  password: string,
  salt: Buffer,
  keyLength: number,
  options: ScryptOptions,
): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => {
      if (error) {
        reject(error)
      } else {
        resolve(key)
      }
    })
  })
}

/**
 * Hashes a password with scrypt and a random 16-byte salt. The result reads
 * `scrypt$<N>$<r>$<p>$<salt>$<hash>` (base64url), so the parameters can be
 * raised later without breaking stored hashes.
 */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(SALT_BYTES)
  const { N, r, p } = SCRYPT_PARAMETERS
  const key = await deriveKey(password, salt, KEY_BYTES, { N, r, p, maxmem: MAX_MEMORY_BYTES })

  return ['scrypt', N, r, p, salt.toString('base64url'), key.toString('base64url')].join('$')
}

/**
 * Checks `password` against a hash made by {@link hashPassword}, comparing in
 * constant time. Returns false for a wrong password and for a malformed hash.
 */
export async function verifyPassword(password: string, storedHash: string): Promise<boolean> {
  const [scheme, nText, rText, pText, saltText, keyText] = storedHash.split('$')
  if (scheme !== 'scrypt' || !saltText || !keyText) {
    return false
  }

  const N = Number(nText)
  const r = Number(rText)
  const p = Number(pText)
  if (![N, r, p].every((value) => Number.isSafeInteger(value) && value > 0)) {
    return false
  }

  const expected = Buffer.from(keyText, 'base64url')
  const actual = await deriveKey(password, Buffer.from(saltText, 'base64url'), expected.length, {
    N,
    r,
    p,
    maxmem: 2 * 128 * N * r,
  })

  return actual.length === expected.length && timingSafeEqual(actual, expected)
}

let unknownUserHash: Promise<string> | undefined

/**
 * Returns a valid hash of a random password, made once per process. Checking
 * a password against it when no user matches the email makes a failed
 * sign-in take the same time whether or not the email exists.
 */
export function getUnknownUserPasswordHash(): Promise<string> {
  unknownUserHash ??= hashPassword(randomBytes(16).toString('hex'))
  return unknownUserHash
}
