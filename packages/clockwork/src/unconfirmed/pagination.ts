/** Guessed page sizes of the v3 limit/offset lists and of `people_search`. */

// NOTE: unconfirmed; no source states v3's default or maximum `limit`, so both are guesses.
/** Page size Clockwork uses without `limit`, and the largest `limit` it serves. */
export const clockworkPageSize = {
  /** Records per page when a request sends no `limit`. */
  default: 25,
  /** Largest page served; a larger `limit` gets this many. */
  max: 100,
} as const
