import { describe, expect, it } from 'vitest'

import { getUnknownUserPasswordHash, hashPassword, verifyPassword } from './passwords.js'

describe('password hashing', () => {
  it('verifies the right password only', async () => {
    const hash = await hashPassword('correct horse battery')

    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[A-Za-z0-9_-]+\$[A-Za-z0-9_-]+$/)
    expect(await verifyPassword('correct horse battery', hash)).toBe(true)
    expect(await verifyPassword('correct horse batterY', hash)).toBe(false)
    expect(await verifyPassword('', hash)).toBe(false)
  })

  it('salts each hash', async () => {
    const [first, second] = await Promise.all([hashPassword('same'), hashPassword('same')])

    expect(first).not.toBe(second)
    expect(await verifyPassword('same', second)).toBe(true)
  })

  it('treats NFC and NFD forms alike', async () => {
    const hash = await hashPassword('Zo\u00eb')

    expect(await verifyPassword('Zoe\u0308', hash)).toBe(true)
  })

  it.each([
    '',
    'plain',
    'bcrypt$1$2$3$4$5',
    'scrypt$0$8$1$c2FsdA$aGFzaA',
    'scrypt$x$8$1$c2FsdA$aGFzaA',
  ])('rejects malformed hash %j', async (hash) => {
    expect(await verifyPassword('anything', hash)).toBe(false)
  })

  it('keeps one unknown-user hash', async () => {
    const hash = await getUnknownUserPasswordHash()

    expect(await getUnknownUserPasswordHash()).toBe(hash)
    expect(await verifyPassword('guess', hash)).toBe(false)
  })
})
