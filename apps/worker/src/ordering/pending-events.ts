import type { Redis } from 'ioredis'

import { personKey } from './redis-keys.js'

/** A job waiting its turn to apply one event of a person. */
export interface PendingEvent {
  jobId: string
  /** When the event occurred, in milliseconds since the epoch. */
  occurredAtMs: number
}

// Abandoned sets (every job of a person removed by hand) expire after a week.
const PENDING_TTL_MS = 7 * 24 * 3600 * 1000

/**
 * Per-person sorted set of the jobs whose events are not yet applied, ordered
 * by when each event occurred (ties by job id). A job runs only at the head
 * of its person's set, which is how a person's events apply in the order they
 * happened even when their jobs run on several processes.
 */
export class PendingEvents {
  readonly #redis: Redis
  readonly #keyPrefix: string

  constructor(redis: Redis, options: { keyPrefix: string }) {
    this.#redis = redis
    this.#keyPrefix = options.keyPrefix
  }

  /**
   * Records a job's event and returns when the job was first recorded, in
   * milliseconds since the epoch. Recording the same job again keeps its
   * first position and time.
   */
  async add(
    teamId: string,
    platformPersonId: string,
    event: PendingEvent,
    nowMs = Date.now(),
  ): Promise<number> {
    const key = this.#key(teamId, platformPersonId)
    const registeredKey = `${key}:registered`
    const results = await this.#redis
      .multi()
      .zadd(key, 'NX', event.occurredAtMs, event.jobId)
      .hsetnx(registeredKey, event.jobId, String(nowMs))
      .hget(registeredKey, event.jobId)
      .pexpire(key, PENDING_TTL_MS)
      .pexpire(registeredKey, PENDING_TTL_MS)
      .exec()

    const registeredAt = Number(results?.[2]?.[1])
    return Number.isFinite(registeredAt) ? registeredAt : nowMs
  }

  /** Returns the job whose event occurred first, or undefined when none waits. */
  async head(teamId: string, platformPersonId: string): Promise<PendingEvent | undefined> {
    const [jobId, score] = await this.#redis.zrange(
      this.#key(teamId, platformPersonId),
      0,
      0,
      'WITHSCORES',
    )
    return jobId === undefined ? undefined : { jobId, occurredAtMs: Number(score) }
  }

  /** Removes a job once its event is applied or its job has ended for good. */
  async remove(teamId: string, platformPersonId: string, jobId: string): Promise<void> {
    const key = this.#key(teamId, platformPersonId)
    await this.#redis.multi().zrem(key, jobId).hdel(`${key}:registered`, jobId).exec()
  }

  /** Lists the waiting jobs in the order their events occurred. */
  async list(teamId: string, platformPersonId: string): Promise<PendingEvent[]> {
    const flat = await this.#redis.zrange(this.#key(teamId, platformPersonId), 0, -1, 'WITHSCORES')
    const events: PendingEvent[] = []
    for (let index = 0; index + 1 < flat.length; index += 2) {
      events.push({ jobId: flat[index]!, occurredAtMs: Number(flat[index + 1]) })
    }
    return events
  }

  #key(teamId: string, platformPersonId: string): string {
    return personKey(this.#keyPrefix, 'pending', teamId, platformPersonId)
  }
}
