import { describe, expect, it } from 'vitest'

import { eventSchema, parseEventDelivery, type PlatformEventInput } from './event.js'
import { toFieldIssues } from './issues.js'
import { LIMITS } from './limits.js'

function makeEvent(overrides: Partial<PlatformEventInput> = {}): PlatformEventInput {
  return {
    id: 'evt_1',
    type: 'person.added_to_campaign',
    occurredAt: '2026-12-01T10:00:00Z',
    teamId: 'team_1',
    userId: 'user_1',
    campaign: { id: 'cmp_1', name: 'VP Engineering, London' },
    person: { id: 'p_1', firstName: 'Zoë', lastName: "O'Brien-Łukasik" },
    ...overrides,
  }
}

describe('eventSchema', () => {
  it('parses a campaign add', () => {
    const event = eventSchema.parse(makeEvent())

    expect(event.person.firstName).toBe('Zoë')
    expect(event.taggedFields).toEqual({})
  })

  it('parses an outreach step with an offset timestamp', () => {
    const event = eventSchema.parse(
      makeEvent({
        type: 'outreach.sent',
        occurredAt: '2026-12-01T10:00:00+01:00',
        outreach: { channel: 'linkedin_inmail', step: 2, subject: 'Hello', body: 'Hi Zoë' },
      }),
    )

    expect(event.outreach?.channel).toBe('linkedin_inmail')
  })

  it.each<[string, Partial<PlatformEventInput> | Record<string, unknown>, string]>([
    ['an unknown type', { type: 'person.deleted' as never }, 'type'],
    ['a timestamp without zone', { occurredAt: '2026-12-01 10:00:00' }, 'occurredAt'],
    ['a sent step without outreach', { type: 'outreach.sent' }, 'outreach'],
    [
      'an unknown channel',
      { type: 'outreach.sent', outreach: { channel: 'fax' as never } },
      'outreach.channel',
    ],
    [
      'a step of zero',
      { type: 'outreach.sent', outreach: { channel: 'email', step: 0 } },
      'outreach.step',
    ],
    ['a missing team', { teamId: undefined as never }, 'teamId'],
    ['an empty campaign name', { campaign: { id: 'c', name: '' } }, 'campaign.name'],
    ['an invalid tagged field key', { taggedFields: { 'bad key': 'x' } }, 'taggedFields.bad key'],
    ['a tagged object value', { taggedFields: { tags: { a: 1 } as never } }, 'taggedFields.tags'],
    ['an unknown top-level key', { extra: true }, 'extra'],
  ])('rejects %s', (_case, overrides, path) => {
    const result = eventSchema.safeParse({ ...makeEvent(), ...overrides })

    expect(result.success).toBe(false)
    expect(toFieldIssues(result.error!).map((issue) => issue.path)).toContain(path)
  })
})

describe('parseEventDelivery', () => {
  it('returns a single event as a list of one', () => {
    const result = parseEventDelivery(makeEvent())

    expect(result.success).toBe(true)
    expect(result.success && result.events.map((event) => event.id)).toEqual(['evt_1'])
  })

  it('returns a batch in order', () => {
    const result = parseEventDelivery({
      events: [makeEvent({ id: 'evt_1' }), makeEvent({ id: 'evt_2' })],
    })

    expect(result.success && result.events.map((event) => event.id)).toEqual(['evt_1', 'evt_2'])
  })

  it('names the bad event of a batch by index', () => {
    const result = parseEventDelivery({
      events: [makeEvent(), makeEvent({ occurredAt: 'yesterday' })],
    })

    expect(result.success).toBe(false)
    if (!result.success) {
      expect(toFieldIssues(result.error).map((issue) => issue.path)).toEqual([
        'events.1.occurredAt',
      ])
    }
  })

  it.each([
    ['an empty batch', { events: [] }],
    [
      'an oversized batch',
      { events: Array.from({ length: LIMITS.batchEvents + 1 }, () => makeEvent()) },
    ],
  ])('rejects %s', (_case, body) => {
    const result = parseEventDelivery(body)

    expect(result.success).toBe(false)
    if (!result.success) expect(toFieldIssues(result.error)[0]?.path).toBe('events')
  })

  it('rejects a body that is not an object', () => {
    expect(parseEventDelivery('hello').success).toBe(false)
    expect(parseEventDelivery(null).success).toBe(false)
  })
})
