import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { createRandomToken, hashToken, SecretBox } from './crypto.js'
import { isStoreError } from './errors.js'
import { createId } from './ids.js'

function codeOf(action: () => unknown): string | undefined {
  try {
    action()
  } catch (error) {
    return isStoreError(error) ? error.code : 'not a StoreError'
  }
  return undefined
}

describe('SecretBox', () => {
  const box = new SecretBox(randomBytes(32))

  it.each(['', 'api-key-1234', 'Zoë Łukasik ✓', 'x'.repeat(10_000)])(
    'round-trips %#',
    (plaintext) => {
      const ciphertext = box.encrypt(plaintext, 'context:a')

      expect(ciphertext).not.toContain(plaintext === '' ? '\u0000' : plaintext)
      expect(box.decrypt(ciphertext, 'context:a')).toBe(plaintext)
    },
  )

  it('uses a fresh IV per encryption', () => {
    expect(box.encrypt('same', 'c')).not.toBe(box.encrypt('same', 'c'))
  })

  it('rejects another key with a mismatch code', () => {
    const other = new SecretBox(randomBytes(32))
    const ciphertext = box.encrypt('secret', 'c')

    expect(codeOf(() => other.decrypt(ciphertext, 'c'))).toBe('encryption_key_mismatch')
  })

  it('rejects tampered parts', () => {
    const ciphertext = box.encrypt('secret value', 'c')
    const parts = ciphertext.split('.')

    for (const index of [2, 3, 4]) {
      const changed = [...parts]
      const bytes = Buffer.from(changed[index]!, 'base64url')
      bytes[0] = bytes[0]! ^ 1
      changed[index] = bytes.toString('base64url')

      expect(codeOf(() => box.decrypt(changed.join('.'), 'c'))).toBe('ciphertext_invalid')
    }
  })

  it('rejects another context', () => {
    const ciphertext = box.encrypt('secret', 'crm_credentials:team_a')

    expect(codeOf(() => box.decrypt(ciphertext, 'crm_credentials:team_b'))).toBe(
      'ciphertext_invalid',
    )
  })

  it.each(['', 'garbage', 'v2.a.b.c.d', 'v1.x.y'])('rejects malformed value %j', (value) => {
    expect(codeOf(() => box.decrypt(value, 'c'))).toBe('ciphertext_invalid')
  })

  it('rejects keys that are not 32 bytes', () => {
    expect(codeOf(() => new SecretBox(randomBytes(16)))).toBe('encryption_key_invalid')
  })
})

describe('tokens and ids', () => {
  it('hashes tokens with SHA-256 hex', () => {
    expect(hashToken('abc')).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    )
  })

  it('creates distinct random tokens', () => {
    const tokens = new Set(Array.from({ length: 100 }, () => createRandomToken()))

    expect(tokens.size).toBe(100)
    expect(createRandomToken(32)).toMatch(/^[A-Za-z0-9_-]{43}$/)
  })

  it('creates prefixed base32 ids', () => {
    expect(createId('team')).toMatch(/^team_[a-z2-7]{26}$/)
    expect(createId('user')).not.toBe(createId('user'))
  })
})
