/**
 * Guessed error responses of Clockwork v3. No v3 error was ever captured, so the sandbox sends
 * these and the client reads them, and both change together once the official spec is known.
 */
import { z } from 'zod'

// NOTE: unconfirmed; every status below and the body shape are guesses shared with the sandbox.
/** Status codes for each failure the client tells apart. */
export const clockworkErrorStatus = {
  /** Missing or wrong `Authorization` (API key and secret). */
  credentialsRejected: 401,
  /** Wrong `X-API-Key` (firm service key); some deployments may send 401 instead. */
  serviceKeyRejected: 403,
  /** Request body that is not JSON. */
  malformedBody: 400,
  /** Unknown firm in the path, or unknown record id. */
  notFound: 404,
  /** Request body rejected by validation. */
  validationFailed: 422,
  /** Too many requests; the response carries `Retry-After`. */
  rateLimited: 429,
} as const

/**
 * Body of every error response: a plain message, and for validation the messages per field
 * (Rails style, `{ field: [messages] }`).
 */
export const clockworkErrorBodySchema = z.object({
  message: z.string(),
  errors: z.record(z.string(), z.array(z.string())).optional(),
})

/** Body of an error response. */
export type ClockworkErrorBody = z.infer<typeof clockworkErrorBodySchema>
