import type { Redis } from 'ioredis'

// Generic cell rate algorithm with reservations. The key stores the
// theoretical arrival time (TAT) of the next request in milliseconds on the
// Redis clock, so every process shares one schedule whatever its own clock
// reads. Each call reserves the next free slot and returns how long the
// caller must sleep before using it.
//
// KEYS[1] schedule key; ARGV[1] interval between requests in ms (may be
// fractional); ARGV[2] burst size; ARGV[3] extra delay in ms that pushes
// the schedule back (a 429's Retry-After), or 0 to reserve a slot.
const RESERVE_SCRIPT = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local interval = tonumber(ARGV[1])
local tolerance = interval * (tonumber(ARGV[2]) - 1)
local pause = tonumber(ARGV[3])
local tat = tonumber(redis.call('GET', KEYS[1]) or '0')
if tat < now then tat = now end
if pause > 0 then
  if tat < now + pause then tat = now + pause end
  redis.call('SET', KEYS[1], tostring(tat), 'PX', math.ceil(tat - now + 60000))
  return 0
end
local wait = tat - tolerance - now
if wait < 0 then wait = 0 end
local next_tat = tat + interval
redis.call('SET', KEYS[1], tostring(next_tat), 'PX', math.ceil(next_tat - now + 60000))
return math.ceil(wait)`

/** Options of {@link FirmRateLimiter}. */
export interface FirmRateLimiterOptions {
  /** Prefix of every schedule key, so separate deployments or tests never share a budget. */
  keyPrefix: string
  /** Requests allowed back to back before the spacing applies. Default 1, which keeps strict spacing. */
  burst?: number
}

/**
 * Spaces a firm's CRM requests so that all worker processes together stay
 * within the firm's requests-per-second budget. State lives in Redis, one
 * key per firm, updated by one Lua script so that concurrent callers never
 * take the same slot.
 */
export class FirmRateLimiter {
  readonly #redis: Redis
  readonly #keyPrefix: string
  readonly #burst: number

  constructor(redis: Redis, options: FirmRateLimiterOptions) {
    this.#redis = redis
    this.#keyPrefix = options.keyPrefix
    this.#burst = Math.max(1, Math.floor(options.burst ?? 1))
  }

  /**
   * Reserves the firm's next request slot and returns the milliseconds to
   * wait before sending, 0 when the request may go now. Throws a RangeError
   * for a budget that is not a positive number.
   */
  async reserve(firm: string, requestsPerSecond: number): Promise<number> {
    if (!(requestsPerSecond > 0) || !Number.isFinite(requestsPerSecond)) {
      throw new RangeError(`requestsPerSecond must be a positive number, got ${requestsPerSecond}.`)
    }

    const interval = 1000 / requestsPerSecond
    const wait = await this.#redis.eval(
      RESERVE_SCRIPT,
      1,
      this.#key(firm),
      String(interval),
      String(this.#burst),
      '0',
    )
    return Number(wait)
  }

  /**
   * Pushes the firm's schedule back so that no process sends before `delayMs`
   * from now, as a 429's Retry-After requests.
   */
  async pause(firm: string, delayMs: number): Promise<void> {
    if (delayMs <= 0) return
    await this.#redis.eval(RESERVE_SCRIPT, 1, this.#key(firm), '1', '1', String(Math.ceil(delayMs)))
  }

  #key(firm: string): string {
    return `${this.#keyPrefix}:rate:${firm}`
  }
}
