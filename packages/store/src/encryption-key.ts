import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'

import { SecretBox } from './crypto.js'
import { StoreError } from './errors.js'

/** Name of the key file created in the data folder when no key is configured. */
export const ENCRYPTION_KEY_FILE_NAME = 'encryption.key'

/** Sources of the key for {@link loadEncryptionKey}. */
export interface EncryptionKeyOptions {
  /** Value of `TALENT_SYNC_ENCRYPTION_KEY`: 32 bytes as base64 or hex. Wins over the key file. */
  encryptionKey?: string | undefined
  /** Data folder that contains (or receives) the key file. */
  dataDir: string
}

/**
 * Parses a 32-byte key written as 64 hex digits or as base64 (standard or
 * URL alphabet). Throws `encryption_key_invalid` for anything else, without
 * echoing the value.
 */
export function parseEncryptionKey(text: string, source: string): Buffer {
  const trimmed = text.trim()

  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) {
    return Buffer.from(trimmed, 'hex')
  }

  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64')
    if (key.length === 32) {
      return key
    }
  }

  throw new StoreError(
    'encryption_key_invalid',
    `The encryption key from ${source} is invalid: expected 32 bytes written as 64 hex digits or as base64.`,
  )
}

/**
 * Loads the encryption key and returns a {@link SecretBox} for it.
 *
 * Uses `encryptionKey` when given. Otherwise reads `encryption.key` in the
 * data folder, creating it with mode 0600 and a random key on first start.
 * Two processes starting at once agree on one key because the file is
 * linked into place only when absent.
 */
export async function loadEncryptionKey(options: EncryptionKeyOptions): Promise<SecretBox> {
  if (options.encryptionKey !== undefined && options.encryptionKey.trim() !== '') {
    return new SecretBox(parseEncryptionKey(options.encryptionKey, 'TALENT_SYNC_ENCRYPTION_KEY'))
  }

  const path = join(options.dataDir, ENCRYPTION_KEY_FILE_NAME)
  await mkdir(options.dataDir, { recursive: true })
  await createKeyFileIfAbsent(path)

  return new SecretBox(parseEncryptionKey(await readFile(path, 'utf8'), path))
}

async function createKeyFileIfAbsent(path: string): Promise<void> {
  // The key is written to a private temporary file first and then hard-linked
  // into place, so a second process never reads a half-written key file.
  const temporaryPath = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporaryPath, `${randomBytes(32).toString('hex')}\n`, {
    mode: 0o600,
    flag: 'wx',
  })

  try {
    // The mode given at creation is reduced by the umask, so set it again explicitly.
    await chmod(temporaryPath, 0o600)
    await link(temporaryPath, path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      throw error
    }
  } finally {
    await unlink(temporaryPath)
  }
}
