import { describe, expect, it } from 'vitest'

import { backfillJobId, createPushJobId, syncJobId } from './job-ids.js'

describe('syncJobId', () => {
  it('is stable for the same team and event', () => {
    expect(syncJobId('team_a', 'evt_1')).toBe(syncJobId('team_a', 'evt_1'))
  })

  it.each([
    ['team_a', 'evt_1', 'team_b', 'evt_1'],
    ['team_a', 'evt_1', 'team_a', 'evt_2'],
    ['a-b', 'c', 'a', 'b-c'],
    ['a', 'b\u0001c', 'a\u0001b', 'c'],
  ])('differs for (%s, %s) and (%s, %s)', (teamA, eventA, teamB, eventB) => {
    expect(syncJobId(teamA, eventA)).not.toBe(syncJobId(teamB, eventB))
  })

  it.each(['evt:1', 'urn:evt:2', '12345', 'évènement 3'])('has no colon for event id %s', (id) => {
    const jobId = syncJobId('team:x', id)
    expect(jobId).not.toContain(':')
    expect(jobId).toMatch(/^sync-[0-9a-f]{40}$/)
  })
})

describe('backfillJobId', () => {
  it('differs from the sync job id of the same pair', () => {
    expect(backfillJobId('team_a', 'p_1')).not.toBe(syncJobId('team_a', 'p_1'))
    expect(backfillJobId('team_a', 'p_1')).toMatch(/^backfill-[0-9a-f]{40}$/)
  })
})

describe('createPushJobId', () => {
  it('is new on each call and has no colon', () => {
    const first = createPushJobId()
    const second = createPushJobId()
    expect(first).not.toBe(second)
    expect(first).not.toContain(':')
  })
})
