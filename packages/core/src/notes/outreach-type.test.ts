import { describe, expect, it } from 'vitest'

import type { EventType, OutreachChannel, OutreachType } from '../schemas/event.js'

import { outreachTypeOfEvent } from './outreach-type.js'

describe('outreachTypeOfEvent', () => {
  it.each<[EventType, OutreachChannel | null | undefined, OutreachType | null]>([
    ['outreach.sent', 'email', 'email'],
    ['outreach.sent', 'linkedin_connection', 'linkedin_connection'],
    ['outreach.sent', 'linkedin_message', 'linkedin_message'],
    ['outreach.sent', 'linkedin_inmail', 'linkedin_inmail'],
    ['outreach.sent', 'call', 'call'],
    ['outreach.sent', 'sms', 'sms'],
    ['outreach.sent', null, null],
    ['outreach.sent', undefined, null],
    ['person.replied', 'email', 'reply'],
    ['person.replied', undefined, 'reply'],
    ['person.interested', null, 'interested'],
    ['person.added_to_campaign', 'email', null],
    ['person.not_interested', null, null],
  ])('maps %s with channel %s', (eventType, channel, expected) => {
    expect(outreachTypeOfEvent(eventType, channel)).toBe(expected)
  })
})
