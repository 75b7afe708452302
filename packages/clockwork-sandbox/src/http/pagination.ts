import { SandboxHttpError } from './errors.js'

// NOTE: v3's default and maximum page sizes are unknown; 25 and 100 are guesses.
/** Page size used when a list request sends no `limit`. */
export const DEFAULT_LIMIT = 25

/** Largest page size served; larger `limit` values are lowered to it. */
export const MAX_LIMIT = 100

/** Reads a non-negative integer query parameter, or raises a 422 naming it. */
export function readCount(
  name: string,
  raw: string | undefined,
  minimum: number,
): number | undefined {
  if (raw === undefined || raw === '') return undefined

  const value = Number(raw)
  if (!Number.isInteger(value) || value < minimum) {
    throw new SandboxHttpError(
      422,
      'validation_failed',
      `Query parameter "${name}" must be an integer of at least ${minimum}, got "${raw}".`,
    )
  }

  return value
}

/** Page of a `limit`/`offset` list. */
export interface PageRequest {
  limit: number
  offset: number
}

/** Reads `limit` and `offset` from a list request's query. */
export function readPage(query: (name: string) => string | undefined): PageRequest {
  const limit = readCount('limit', query('limit'), 1) ?? DEFAULT_LIMIT
  const offset = readCount('offset', query('offset'), 0) ?? 0

  return { limit: Math.min(limit, MAX_LIMIT), offset }
}

/** Returns the page of `items` that a request selects. */
export function slicePage<T>(items: readonly T[], page: PageRequest): T[] {
  return items.slice(page.offset, page.offset + page.limit)
}
