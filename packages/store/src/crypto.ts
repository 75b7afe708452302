import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto'

import { StoreError } from './errors.js'

const FORMAT_VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16
const KEY_BYTES = 32

/**
 * Encrypts and decrypts short secrets with AES-256-GCM.
 *
 * A ciphertext reads `v1.<key id>.<iv>.<tag>.<data>` (base64url parts). The key
 * id is the first 8 hex digits of the key's SHA-256, so decrypting with
 * another key fails with `encryption_key_mismatch` instead of an
 * authentication error. The `context` string is bound as additional
 * authenticated data, so a ciphertext copied to another row or team does not
 * decrypt there.
 */
export class SecretBox {
  readonly #key: Buffer
  /** First 8 hex digits of the key's SHA-256, stored in every ciphertext. */
  readonly keyId: string

  /** Takes a 32-byte key; throws `encryption_key_invalid` for any other length. */
  constructor(key: Uint8Array) {
    if (key.length !== KEY_BYTES) {
      throw new StoreError(
        'encryption_key_invalid',
        `The encryption key must be ${KEY_BYTES} bytes, but it is ${key.length} bytes.`,
      )
    }

    this.#key = Buffer.from(key)
    this.keyId = createHash('sha256').update(this.#key).digest('hex').slice(0, 8)
  }

  /** Encrypts `plaintext` bound to `context` (for example `signing_secret:team_x`). */
  encrypt(plaintext: string, context: string): string {
    const iv = randomBytes(IV_BYTES)
    const cipher = createCipheriv('aes-256-gcm', this.#key, iv, { authTagLength: TAG_BYTES })
    cipher.setAAD(Buffer.from(context, 'utf8'))
    const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()])
    const tag = cipher.getAuthTag()

    return [FORMAT_VERSION, this.keyId, iv, tag, data]
      .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
      .join('.')
  }

  /**
   * Decrypts a value made by {@link SecretBox.encrypt} with the same context.
   * Throws `encryption_key_mismatch` when another key encrypted it, and
   * `ciphertext_invalid` when it is malformed, altered or bound to another
   * context.
   */
  decrypt(ciphertext: string, context: string): string {
    const parts = ciphertext.split('.')
    const [version, keyId, ivText, tagText, dataText] = parts
    if (parts.length !== 5 || version !== FORMAT_VERSION || !ivText || !tagText) {
      throw new StoreError('ciphertext_invalid', 'The stored ciphertext is malformed.')
    }

    if (keyId !== this.keyId) {
      throw new StoreError(
        'encryption_key_mismatch',
        `A secret was encrypted with key ${keyId}, but the configured key is ${this.keyId}. ` +
          'Set TALENT_SYNC_ENCRYPTION_KEY (or the key file in the data folder) to the key used before.',
      )
    }

    const iv = Buffer.from(ivText, 'base64url')
    const tag = Buffer.from(tagText, 'base64url')
    if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
      throw new StoreError('ciphertext_invalid', 'The stored ciphertext is malformed.')
    }

    try {
      const decipher = createDecipheriv('aes-256-gcm', this.#key, iv, { authTagLength: TAG_BYTES })
      decipher.setAAD(Buffer.from(context, 'utf8'))
      decipher.setAuthTag(tag)
      const data = Buffer.from(dataText ?? '', 'base64url')
      return Buffer.concat([decipher.update(data), decipher.final()]).toString('utf8')
    } catch {
      // The cause (an OpenSSL authentication failure) carries no detail worth exposing.
      throw new StoreError(
        'ciphertext_invalid',
        'The stored ciphertext failed authentication: it was altered or belongs to another record.',
      )
    }
  }
}

/** Creates a random token of `bytes` random bytes as base64url text, for sessions and secrets. */
export function createRandomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url')
}

/** Returns the SHA-256 of `token` as hex, the form in which tokens are stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex')
}
