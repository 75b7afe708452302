import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import {
  ENCRYPTION_KEY_FILE_NAME,
  loadEncryptionKey,
  parseEncryptionKey,
} from './encryption-key.js'
import { isStoreError } from './errors.js'

describe('parseEncryptionKey', () => {
  const key = randomBytes(32)

  it.each([
    ['hex', key.toString('hex')],
    ['base64', key.toString('base64')],
    ['base64url', key.toString('base64url')],
    ['hex with newline', `${key.toString('hex')}\n`],
  ])('accepts %s', (_format, text) => {
    expect(parseEncryptionKey(text, 'test').equals(key)).toBe(true)
  })

  it.each([
    ['short hex', key.toString('hex').slice(2)],
    ['16-byte base64', randomBytes(16).toString('base64')],
    ['text', 'my secret passphrase'],
    ['empty', ''],
  ])('rejects %s without echoing it', (_case, text) => {
    let thrown: unknown
    try {
      parseEncryptionKey(text, 'TALENT_SYNC_ENCRYPTION_KEY')
    } catch (error) {
      thrown = error
    }

    expect(isStoreError(thrown, 'encryption_key_invalid')).toBe(true)
    if (text !== '') {
      expect((thrown as Error).message).not.toContain(text)
    }
  })
})

describe('loadEncryptionKey', () => {
  let dataDir: string

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'store-key-'))
  })

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('creates a 0600 key file once', async () => {
    const first = await loadEncryptionKey({ dataDir })
    const path = join(dataDir, ENCRYPTION_KEY_FILE_NAME)
    const mode = (await stat(path)).mode & 0o777
    const second = await loadEncryptionKey({ dataDir })

    expect(mode).toBe(0o600)
    expect(second.keyId).toBe(first.keyId)
    expect(second.decrypt(first.encrypt('value', 'c'), 'c')).toBe('value')
  })

  it('agrees on one key when loaded concurrently', async () => {
    const boxes = await Promise.all(Array.from({ length: 8 }, () => loadEncryptionKey({ dataDir })))

    expect(new Set(boxes.map((box) => box.keyId)).size).toBe(1)
  })

  it('prefers the configured key over the file', async () => {
    const key = randomBytes(32)
    const box = await loadEncryptionKey({ dataDir, encryptionKey: key.toString('base64') })
    const fromFile = await loadEncryptionKey({ dataDir })

    expect(box.keyId).not.toBe(fromFile.keyId)
  })

  it('fails clearly on a damaged key file', async () => {
    await writeFile(join(dataDir, ENCRYPTION_KEY_FILE_NAME), 'not a key\n', { mode: 0o600 })

    await expect(loadEncryptionKey({ dataDir })).rejects.toMatchObject({
      code: 'encryption_key_invalid',
    })
    expect(await readFile(join(dataDir, ENCRYPTION_KEY_FILE_NAME), 'utf8')).toBe('not a key\n')
  })

  it('gives a mismatch error after the key changes', async () => {
    const before = await loadEncryptionKey({ dataDir })
    const ciphertext = before.encrypt('api secret', 'c')
    const after = await loadEncryptionKey({
      dataDir,
      encryptionKey: randomBytes(32).toString('hex'),
    })

    expect(() => after.decrypt(ciphertext, 'c')).toThrow(/TALENT_SYNC_ENCRYPTION_KEY/)
  })
})
