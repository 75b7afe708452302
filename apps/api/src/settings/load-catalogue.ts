import { buildFieldCatalogue, type FieldDefinition } from '@talent-sync/core'
import type { Logger } from 'pino'

import { findTeamCrm } from '../crm/team-crm.js'
import type { AppDeps } from '../deps.js'

const MAX_FIRM_VALUES = 1_000

/** How long a firm's tags and statuses are reused before the CRM is asked again, in milliseconds. */
export const CATALOGUE_TTL_MS = 60_000

interface CachedCatalogue {
  catalogue: FieldDefinition[]
  loadedAt: number
}

// One cache per app instance, so tests with their own dependencies never share entries.
const caches = new WeakMap<AppDeps, Map<string, CachedCatalogue>>()

function cacheOf(deps: AppDeps): Map<string, CachedCatalogue> {
  let cache = caches.get(deps)
  if (!cache) {
    cache = new Map()
    caches.set(deps, cache)
  }
  return cache
}

/**
 * Builds the team's field catalogue with the firm's tags and candidate
 * statuses from the CRM, reusing them for {@link CATALOGUE_TTL_MS}. Without
 * a connection, or when the CRM fails, the catalogue has no tag or status
 * options and nothing is cached, so settings stay editable. `logger` is the
 * request's logger, which already carries the team id.
 */
export async function loadCatalogue(
  deps: AppDeps,
  teamId: string,
  logger: Logger,
): Promise<FieldDefinition[]> {
  const crm = await findTeamCrm(deps, teamId)
  if (!crm || crm.connection.status !== 'connected') return buildFieldCatalogue()

  const now = deps.clock.now().getTime()
  const cached = cacheOf(deps).get(teamId)
  if (cached && now - cached.loadedAt < CATALOGUE_TTL_MS) return cached.catalogue

  try {
    const tags: string[] = []
    for await (const tag of crm.client.lookups.iterateTags()) {
      tags.push(tag.name)
      if (tags.length >= MAX_FIRM_VALUES) break
    }
    const statuses = (await crm.client.lookups.listStatuses()).map((status) => status.name)
    const catalogue = buildFieldCatalogue({ tags, statuses })

    cacheOf(deps).set(teamId, { catalogue, loadedAt: now })
    return catalogue
  } catch (error) {
    logger.warn({ err: error }, 'reading tags and statuses from the CRM failed')
    return buildFieldCatalogue()
  }
}
