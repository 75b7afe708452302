import { ClockworkError } from '@talent-sync/clockwork'
import {
  getConnectionCredentials,
  setConnectionStatus,
  type CrmConnection,
} from '@talent-sync/store'

import type { AppDeps } from '../deps.js'
import { ApiError } from '../errors.js'
import type { CrmClient } from './crm-client.js'

/** A team's CRM client with the connection it was made from. */
export interface TeamCrm {
  client: CrmClient
  connection: CrmConnection
}

/**
 * Returns a CRM client for the team's saved connection, or undefined when
 * the team has no active connection.
 */
export async function findTeamCrm(deps: AppDeps, teamId: string): Promise<TeamCrm | undefined> {
  const saved = await getConnectionCredentials(deps.db, deps.box, teamId)
  if (!saved || saved.connection.status === 'disconnected') return undefined

  const client = deps.crm({
    firmSubdomain: saved.connection.firmSubdomain,
    credentials: saved.credentials,
  })
  return { client, connection: saved.connection }
}

/** Like {@link findTeamCrm}, but raises 409 `crm_not_connected` when there is no connection. */
export async function requireTeamCrm(deps: AppDeps, teamId: string): Promise<TeamCrm> {
  const crm = await findTeamCrm(deps, teamId)
  if (!crm) {
    throw new ApiError(
      'crm_not_connected',
      'The team has no active CRM connection. An admin can activate one.',
    )
  }
  return crm
}

/**
 * Runs CRM calls with the team's client. When the CRM rejects the saved
 * credentials, the connection is marked `needs_reconnect` before the error
 * goes on, so the SPA shows that an admin must reconnect.
 */
export async function callTeamCrm<T>(
  deps: AppDeps,
  teamId: string,
  call: (crm: TeamCrm) => Promise<T>,
): Promise<T> {
  const crm = await requireTeamCrm(deps, teamId)
  try {
    return await call(crm)
  } catch (error) {
    if (error instanceof ClockworkError && error.code === 'crm_credentials_rejected') {
      await setConnectionStatus(
        deps.db,
        teamId,
        'needs_reconnect',
        'The CRM rejected the saved credentials.',
      )
      deps.logger.warn(
        { teamId },
        'CRM rejected the saved credentials; connection needs a reconnect',
      )
    }
    throw error
  }
}
