import { clockworkErrorStatus, clockworkPageSize } from '@talent-sync/clockwork'

import { SandboxHttpError } from './errors.js'

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
      clockworkErrorStatus.validationFailed,
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
  const limit = readCount('limit', query('limit'), 1) ?? clockworkPageSize.default
  const offset = readCount('offset', query('offset'), 0) ?? 0

  return { limit: Math.min(limit, clockworkPageSize.max), offset }
}

/** Returns the page of `items` that a request selects. */
export function slicePage<T>(items: readonly T[], page: PageRequest): T[] {
  return items.slice(page.offset, page.offset + page.limit)
}
