import { buildFieldCatalogue, type FieldDefinition } from '@talent-sync/core'

import { findTeamCrm } from '../crm/team-crm.js'
import type { AppDeps } from '../deps.js'

const MAX_FIRM_VALUES = 1_000

/**
 * Builds the team's field catalogue with the firm's tags and candidate
 * statuses from the CRM. Without a connection, or when the CRM fails, the
 * catalogue has no tag or status options, so settings stay editable.
 */
// TODO: cache the firm's tags and statuses; every call reads them from the CRM again.
export async function loadCatalogue(
  deps: AppDeps,
  teamId: string,
  logger = deps.logger,
): Promise<FieldDefinition[]> {
  const crm = await findTeamCrm(deps, teamId)
  if (!crm || crm.connection.status !== 'connected') return buildFieldCatalogue()

  try {
    const tags: string[] = []
    for await (const tag of crm.client.lookups.iterateTags()) {
      tags.push(tag.name)
      if (tags.length >= MAX_FIRM_VALUES) break
    }
    const statuses = (await crm.client.lookups.listStatuses()).map((status) => status.name)
    return buildFieldCatalogue({ tags, statuses })
  } catch (error) {
    logger.warn({ err: error, teamId }, 'reading tags and statuses from the CRM failed')
    return buildFieldCatalogue()
  }
}
