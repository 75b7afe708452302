import { describe, expect, it } from 'vitest'

import { findDeliveryTeam } from './delivery-team.js'

describe('findDeliveryTeam', () => {
  it.each([
    [{ teamId: 'team_a' }, 'team_a'],
    [{ events: [{ teamId: 'team_a' }, { teamId: 'team_a' }] }, 'team_a'],
    [{ teamId: ' team_b ' }, 'team_b'],
  ])('finds the team of %j', (body, teamId) => {
    expect(findDeliveryTeam(body)).toEqual({ teamId })
  })

  it.each([
    [null, ['teamId']],
    ['text', ['teamId']],
    [{ teamId: 42 }, ['teamId']],
    [{ events: [] }, ['events']],
    [{ events: [{ teamId: 'team_a' }, {}] }, ['events.1.teamId']],
    [{ events: [{}, { teamId: 'team_a' }] }, ['events.0.teamId']],
    [
      { events: [{ teamId: 'team_a' }, { teamId: 'team_b' }, { teamId: 'team_c' }] },
      ['events.1.teamId', 'events.2.teamId'],
    ],
  ])('names the fields at fault in %j', (body, paths) => {
    const result = findDeliveryTeam(body)
    expect('errors' in result && result.errors.map((error) => error.path)).toEqual(paths)
  })
})
