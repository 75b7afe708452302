import { randomBytes } from 'node:crypto'
import { link, readFile, rename, unlink, writeFile } from 'node:fs/promises'

/** Contents of the lock file of the embedded database. `port` is absent while the server starts. */
export interface EmbeddedLock {
  pid: number
  port?: number
}

/** Outcome of {@link acquireLock}: this process owns the lock, or another live process does. */
export type LockResult = { owned: true } | { owned: false; lock: EmbeddedLock }

// Lock paths this process owns. A lock naming this process's pid but missing
// here was left by an earlier process that had the same pid (common in containers).
const heldLockPaths = new Set<string>()

/** Returns true while a process with this id exists. */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM means the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Returns true when the process named by `lock` still runs and can be the holder. */
export function isLockHolderAlive(path: string, lock: EmbeddedLock): boolean {
  if (lock.pid === process.pid) {
    return heldLockPaths.has(path)
  }
  return isProcessAlive(lock.pid)
}

/** Reads the lock file; returns undefined when it is absent or not yet written in full. */
export async function readLock(path: string): Promise<EmbeddedLock | undefined> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return undefined
    }
    throw error
  }

  try {
    const value = JSON.parse(text) as Partial<EmbeddedLock>
    if (typeof value.pid !== 'number') {
      return undefined
    }
    return typeof value.port === 'number'
      ? { pid: value.pid, port: value.port }
      : { pid: value.pid }
  } catch {
    return undefined
  }
}

/**
 * Writes `lock` to a temporary file and links it to `path` only when `path`
 * does not exist, so readers never see a half-written lock. Returns false when
 * the lock file already exists.
 */
async function createLockFile(path: string, lock: EmbeddedLock): Promise<boolean> {
  const temporaryPath = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporaryPath, JSON.stringify(lock), { flag: 'wx', mode: 0o600 })

  try {
    await link(temporaryPath, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') {
      return false
    }
    throw error
  } finally {
    await unlink(temporaryPath)
  }
}

/**
 * Moves a lock file whose process has died out of the way. The file is first
 * renamed to a private name and then checked again, so two processes that
 * both found it stale cannot remove each other's fresh lock. A live lock
 * taken by mistake is linked back.
 */
async function removeStaleLock(path: string): Promise<void> {
  const asidePath = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.stale`
  try {
    await rename(path, asidePath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      return
    }
    throw error
  }

  const moved = await readLock(asidePath)
  if (moved !== undefined && isLockHolderAlive(path, moved)) {
    await link(asidePath, path).catch(() => undefined)
  }
  await unlink(asidePath)
}

/**
 * Takes the lock file for this process, or returns the live lock of another
 * process. A lock whose pid is dead is replaced. A lock that stays unreadable
 * for `unreadableTimeoutMs` (a crash between writing and linking cannot cause
 * that, so only outside damage) is treated as stale.
 */
export async function acquireLock(path: string, unreadableTimeoutMs = 5_000): Promise<LockResult> {
  const unreadableSince = Date.now()

  for (;;) {
    if (await createLockFile(path, { pid: process.pid })) {
      heldLockPaths.add(path)
      return { owned: true }
    }

    const lock = await readLock(path)
    if (lock !== undefined && isLockHolderAlive(path, lock)) {
      return { owned: false, lock }
    }

    if (lock !== undefined || Date.now() - unreadableSince > unreadableTimeoutMs) {
      await removeStaleLock(path)
    } else {
      await new Promise((resolve) => setTimeout(resolve, 50))
    }
  }
}

/** Replaces the contents of a lock this process owns, atomically. */
export async function updateOwnLock(path: string, lock: EmbeddedLock): Promise<void> {
  const temporaryPath = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`
  await writeFile(temporaryPath, JSON.stringify(lock), { flag: 'wx', mode: 0o600 })
  await rename(temporaryPath, path)
}

/** Removes the lock file when it still names this process. */
export async function releaseOwnLock(path: string): Promise<void> {
  const lock = await readLock(path)
  if (lock?.pid === process.pid) {
    await unlink(path).catch(() => undefined)
  }
  heldLockPaths.delete(path)
}
