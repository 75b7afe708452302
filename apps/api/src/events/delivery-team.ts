import type { FieldIssue } from '@talent-sync/core'

/** The team a delivery names, or the fields that keep it from naming one. */
export type DeliveryTeam = { teamId: string } | { errors: FieldIssue[] }

function readTeamId(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const teamId = (value as { teamId?: unknown }).teamId
  return typeof teamId === 'string' && teamId.trim() !== '' ? teamId.trim() : undefined
}

/**
 * Finds the one team an event delivery belongs to, before the events are
 * validated: the signature is checked with that team's secret, and an
 * unauthenticated caller learns nothing about the other fields. Every event
 * of a batch must name the same team.
 */
export function findDeliveryTeam(body: unknown): DeliveryTeam {
  const events = (body as { events?: unknown } | null)?.events
  if (!Array.isArray(events)) {
    const teamId = readTeamId(body)
    return teamId ? { teamId } : { errors: [{ path: 'teamId', message: 'is required' }] }
  }

  if (events.length === 0) {
    return { errors: [{ path: 'events', message: 'must contain at least one event' }] }
  }

  const errors: FieldIssue[] = []
  const firstTeamId = readTeamId(events[0])
  events.forEach((event, index) => {
    const teamId = readTeamId(event)
    if (teamId === undefined) {
      errors.push({ path: `events.${index}.teamId`, message: 'is required' })
    } else if (firstTeamId !== undefined && teamId !== firstTeamId) {
      errors.push({
        path: `events.${index}.teamId`,
        message: 'must name the same team as events.0.teamId; send one batch per team',
      })
    }
  })

  return errors.length > 0 || firstTeamId === undefined ? { errors } : { teamId: firstTeamId }
}
