import { z } from 'zod'

const rate = z.number().min(0).max(1)

/**
 * Body of `PUT /_sandbox/faults`. Every field is optional and a missing field
 * is switched off, so each PUT states the complete set of faults in force.
 */
export const faultSettingsSchema = z.strictObject({
  /** Delay added before each response, in milliseconds. */
  latencyMs: z.number().int().min(0).max(60_000).default(0),
  /** Share of requests that get a 500, 502 or 503 response (0 to 1). */
  errorRate: rate.default(0),
  /** Statuses drawn from when a request gets an error; defaults to 500, 502 and 503. */
  errorStatuses: z
    .array(z.union([z.literal(500), z.literal(502), z.literal(503), z.literal(504)]))
    .min(1)
    .default([500, 502, 503]),
  /**
   * When errors happen: `before` the request reaches the handler (nothing is
   * written) or `after` it (the write is kept but the caller sees an error).
   */
  errorPhase: z.enum(['before', 'after']).default('before'),
  /** Share of requests that get a 429 response (0 to 1). */
  rateLimitRate: rate.default(0),
  /** Retry-After value sent with every 429, in seconds. */
  retryAfterSeconds: z.number().int().min(0).max(3600).default(1),
  /** Requests per second allowed for each firm; excess requests get 429. Null means unlimited. */
  requestsPerSecond: z.number().int().positive().nullable().default(null),
  /** Firms whose credentials are revoked: every call for them is 401 until removed from this list. */
  revokedFirms: z.array(z.string()).default([]),
  /** Share of requests whose connection is closed without a response (0 to 1). */
  dropRate: rate.default(0),
  /** Seed that makes the random draws repeatable; without it the draws use `Math.random`. */
  faultSeed: z.number().int().optional(),
})

/** Faults in force, with every default applied. */
export type FaultSettings = z.output<typeof faultSettingsSchema>

/** Faults as a caller states them; missing fields are off. */
export type FaultSettingsInput = z.input<typeof faultSettingsSchema>

/** Settings with every fault switched off. */
export function noFaults(): FaultSettings {
  return faultSettingsSchema.parse({})
}
