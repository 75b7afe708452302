import { describe, expect, it } from 'vitest'

import { jobDataSchema } from './payloads.js'

const event = {
  id: 'evt_1',
  type: 'person.added_to_campaign',
  occurredAt: '2026-12-01T10:00:00Z',
  teamId: 'team_a',
  userId: 'user_a',
  person: { id: 'p_1', firstName: 'Ada', lastName: 'Quill' },
}

describe('jobDataSchema', () => {
  it('parses each job kind', () => {
    const payloads = [
      { kind: 'sync', teamId: 'team_a', userId: 'user_a', eventId: 'evt_1', event },
      {
        kind: 'push',
        teamId: 'team_a',
        userId: 'user_a',
        requestId: 'req_1',
        person: event.person,
      },
      {
        kind: 'backfill',
        teamId: 'team_a',
        userId: 'user_a',
        platformPersonId: 'p_1',
        crmPersonId: '42',
      },
    ]

    for (const payload of payloads) {
      expect(jobDataSchema.parse(payload).kind).toBe(payload.kind)
    }
  })

  it('applies event and person defaults in a sync job', () => {
    const parsed = jobDataSchema.parse({
      kind: 'sync',
      teamId: 'team_a',
      userId: 'user_a',
      eventId: 'evt_1',
      event,
    })
    if (parsed.kind !== 'sync') throw new Error(`expected a sync job, got ${parsed.kind}`)
    expect(parsed.event.person.emails).toEqual([])
    expect(parsed.event.taggedFields).toEqual({})
  })

  it.each([
    [{ kind: 'other', teamId: 'team_a' }, 'kind'],
    [{ kind: 'sync', teamId: 'team_a', userId: 'user_a', eventId: 'evt_1' }, 'event'],
    [
      { kind: 'push', teamId: '', userId: 'user_a', requestId: 'r', person: event.person },
      'teamId',
    ],
  ])('rejects %j at %s', (payload, path) => {
    const result = jobDataSchema.safeParse(payload)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(path)
  })
})
