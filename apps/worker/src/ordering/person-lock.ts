import { randomUUID } from 'node:crypto'

import type { Redis } from 'ioredis'

import { personKey } from './redis-keys.js'

// Deletes the lock only while it still holds this caller's token, so a caller
// whose lock expired never frees a lock that another process took since.
const RELEASE_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('DEL', KEYS[1])
end
return 0`

// Extends the lock only while it still holds this caller's token.
const RENEW_SCRIPT = `
if redis.call('GET', KEYS[1]) == ARGV[1] then
  return redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return 0`

/** Options of {@link PersonLock}. */
export interface PersonLockOptions {
  /** Prefix of every lock key, such as the queue name, so separate queues never share locks. */
  keyPrefix: string
  /** Time to live of a lock in milliseconds; a crashed holder's lock frees itself after it. Default 30 000. */
  ttlMs?: number
  /** Called when a renewal fails to reach Redis; the lock may then expire while held. */
  onRenewError?: (error: unknown) => void
}

/** A lock held by this process. */
export interface HeldLock {
  /** Random token stored in the lock key; only its owner can renew or release it. */
  readonly token: string
  /** Aborted when a renewal finds that the lock expired or belongs to someone else. */
  readonly lost: AbortSignal
  /** Stops renewing and deletes the lock if it is still ours. Returns false when it was lost. */
  release(): Promise<boolean>
}

/**
 * Mutual exclusion per team and platform person across every worker process
 * that shares one Redis: `SET NX PX` with a random token, renewed at a third
 * of its time to live while held, and released with a compare-and-delete
 * script.
 */
export class PersonLock {
  readonly #redis: Redis
  readonly #keyPrefix: string
  readonly #ttlMs: number
  readonly #onRenewError: (error: unknown) => void

  constructor(redis: Redis, options: PersonLockOptions) {
    this.#redis = redis
    this.#keyPrefix = options.keyPrefix
    this.#ttlMs = options.ttlMs ?? 30_000
    this.#onRenewError = options.onRenewError ?? (() => undefined)
  }

  /** Takes the person's lock, or returns undefined at once when another holder has it. */
  async tryAcquire(teamId: string, platformPersonId: string): Promise<HeldLock | undefined> {
    const key = personKey(this.#keyPrefix, 'lock', teamId, platformPersonId)
    const token = randomUUID()
    const taken = await this.#redis.set(key, token, 'PX', this.#ttlMs, 'NX')

    if (taken !== 'OK') {
      return undefined
    }
    return this.#hold(key, token)
  }

  #hold(key: string, token: string): HeldLock {
    const lost = new AbortController()
    const redis = this.#redis

    const renew = async () => {
      try {
        const renewed = await redis.eval(RENEW_SCRIPT, 1, key, token, String(this.#ttlMs))
        if (renewed !== 1) {
          lost.abort(new Error(`The lock ${key} expired or was taken by another holder.`))
        }
      } catch (error) {
        this.#onRenewError(error)
      }
    }

    const timer = setInterval(
      () => {
        if (!lost.signal.aborted) void renew()
      },
      Math.max(1, Math.floor(this.#ttlMs / 3)),
    )
    timer.unref()

    let released: Promise<boolean> | undefined
    return {
      token,
      lost: lost.signal,
      release() {
        clearInterval(timer)
        released ??= redis.eval(RELEASE_SCRIPT, 1, key, token).then((deleted) => deleted === 1)
        return released
      },
    }
  }
}
