import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { OutreachChannel } from '../schemas/event.js'
import { InvalidInputError } from '../normalize/invalid-input-error.js'

import { buildNote, type NoteInput } from './build-note.js'
import { computeNoteKey, findNoteKey } from './note-key.js'

const EMAIL_SENT: NoteInput = {
  eventType: 'outreach.sent',
  occurredAt: '2026-12-01T10:00:00Z',
  teamId: 'team_1',
  personId: 'p_123',
  eventId: 'evt_9',
  campaignName: 'VP Engineering, London',
  outreach: { channel: 'email', step: 2, subject: 'A role for you', body: 'Hi Zoë, are you free?' },
}

function paragraphs(html: string): string[] {
  return [...html.matchAll(/<p>(.*?)<\/p>/g)].map((match) => match[1] ?? '')
}

describe('buildNote', () => {
  it('writes every known field', () => {
    const note = buildNote(EMAIL_SENT)
    const key = computeNoteKey('team_1', 'p_123', 'evt_9')

    expect(note.idempotencyKey).toBe(key)
    expect(note.outreachType).toBe('email')
    expect(note.html.startsWith(`<div data-talent-sync-key="${key}">`)).toBe(true)
    expect(note.html.endsWith('</div>')).toBe(true)
    expect(paragraphs(note.html)).toEqual([
      '<strong>Email sent</strong>',
      '<strong>Campaign:</strong> VP Engineering, London',
      '<strong>Step:</strong> 2',
      '<strong>Subject:</strong> A role for you',
      '<strong>When:</strong> 2026-12-01 10:00 UTC',
      '<strong>Message:</strong> Hi Zoë, are you free?',
      `[ts:${key}]`,
    ])
  })

  it.each<[OutreachChannel, string]>([
    ['email', 'Email sent'],
    ['linkedin_connection', 'LinkedIn connection request sent'],
    ['linkedin_message', 'LinkedIn message sent'],
    ['linkedin_inmail', 'LinkedIn InMail sent'],
    ['call', 'Call made'],
    ['sms', 'SMS sent'],
  ])('titles a sent %s', (channel, title) => {
    const note = buildNote({ ...EMAIL_SENT, outreach: { channel } })

    expect(note.outreachType).toBe(channel)
    expect(paragraphs(note.html)[0]).toBe(`<strong>${title}</strong>`)
  })

  it('names the channel of a reply', () => {
    const note = buildNote({
      ...EMAIL_SENT,
      eventType: 'person.replied',
      outreach: { channel: 'linkedin_message', body: 'Yes, let us talk' },
    })

    expect(note.outreachType).toBe('reply')
    expect(paragraphs(note.html)).toContain('<strong>Reply received</strong>')
    expect(paragraphs(note.html)).toContain('<strong>Channel:</strong> LinkedIn message')
  })

  it('writes an interested note without outreach', () => {
    const note = buildNote({ ...EMAIL_SENT, eventType: 'person.interested', outreach: null })

    expect(note.outreachType).toBe('interested')
    expect(paragraphs(note.html)).toEqual([
      '<strong>Marked as interested</strong>',
      '<strong>Campaign:</strong> VP Engineering, London',
      '<strong>When:</strong> 2026-12-01 10:00 UTC',
      `[ts:${note.idempotencyKey}]`,
    ])
  })

  it.each([
    ['Europe/London', '2026-07-01T10:00:00Z', '2026-07-01 11:00 Europe/London'],
    ['America/New_York', '2026-12-01T03:30:00Z', '2026-11-30 22:30 America/New_York'],
    ['Asia/Kolkata', '2026-12-01T10:00:00+01:00', '2026-12-01 14:30 Asia/Kolkata'],
    [null, '2026-12-01T10:00:00.123-05:00', '2026-12-01 15:00 UTC'],
  ])('shows the time in %s', (timeZone, occurredAt, expected) => {
    const note = buildNote({ ...EMAIL_SENT, occurredAt, timeZone })

    expect(paragraphs(note.html)).toContain(`<strong>When:</strong> ${expected}`)
  })

  it('escapes every input value', () => {
    const note = buildNote({
      ...EMAIL_SENT,
      campaignName: '<script>alert("c")</script>',
      outreach: {
        channel: 'email',
        subject: `Tom & Jerry's "offer"`,
        body: '&lt;img src=x onerror=alert(1)&gt; <b>bold</b>',
      },
    })

    expect(note.html).not.toContain('<script')
    expect(note.html).not.toContain('<img')
    expect(paragraphs(note.html)).toContain(
      '<strong>Campaign:</strong> &lt;script&gt;alert(&quot;c&quot;)&lt;/script&gt;',
    )
    expect(paragraphs(note.html)).toContain(
      '<strong>Subject:</strong> Tom &amp; Jerry&#39;s &quot;offer&quot;',
    )
    expect(paragraphs(note.html)).toContain(
      '<strong>Message:</strong> &lt;img src=x onerror=alert(1)&gt; bold',
    )
  })

  it('cuts a long body to the excerpt length', () => {
    const body = `${'word '.repeat(40)}王小明`
    const note = buildNote(
      { ...EMAIL_SENT, outreach: { channel: 'email', body } },
      { excerptLength: 12 },
    )

    expect(paragraphs(note.html)).toContain('<strong>Message:</strong> word word w…')
  })

  it('keeps a body that fits', () => {
    const note = buildNote(
      { ...EMAIL_SENT, outreach: { channel: 'email', body: '王小明' } },
      {
        excerptLength: 3,
      },
    )

    expect(paragraphs(note.html)).toContain('<strong>Message:</strong> 王小明')
  })

  it.each([
    ['blank campaign', { campaignName: '  ' }, 'Campaign'],
    ['no step', { outreach: { channel: 'email' as const, step: null } }, 'Step'],
    ['empty subject', { outreach: { channel: 'email' as const, subject: '' } }, 'Subject'],
    ['markup-only body', { outreach: { channel: 'email' as const, body: '<p> </p>' } }, 'Message'],
  ])('leaves out a line for %s', (_case, change, label) => {
    const note = buildNote({ ...EMAIL_SENT, ...change })

    expect(note.html).not.toContain(`<strong>${label}:</strong>`)
  })

  it('round-trips the key', () => {
    const id = fc.string({ minLength: 1, maxLength: 40 }).filter((text) => text.trim() !== '')

    fc.assert(
      fc.property(id, id, id, fc.string(), (teamId, personId, eventId, text) => {
        const note = buildNote({
          ...EMAIL_SENT,
          teamId,
          personId,
          eventId,
          campaignName: text,
          outreach: { channel: 'sms', subject: text, body: text },
        })

        expect(findNoteKey(note.html)).toBe(note.idempotencyKey)
        expect(findNoteKey(note.html.replace(/<[^>]*>/g, ''))).toBe(note.idempotencyKey)
      }),
    )
  })

  it('never lets user markup through', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (campaignName, subject) => {
        const note = buildNote({
          ...EMAIL_SENT,
          campaignName,
          outreach: { channel: 'email', subject },
        })
        const tags = note.html.match(/<\/?[a-z]+/g) ?? []

        expect(new Set(tags)).toEqual(
          new Set(['<div', '<p', '<strong', '</strong', '</p', '</div']),
        )
      }),
    )
  })
})

describe('buildNote input checks', () => {
  it.each<[string, Partial<NoteInput>, string]>([
    ['empty team id', { teamId: '' }, 'teamId'],
    ['blank person id', { personId: '  ' }, 'personId'],
    ['empty event id', { eventId: '' }, 'eventId'],
    ['date without time', { occurredAt: '2026-12-01' }, 'occurredAt'],
    ['time without zone', { occurredAt: '2026-12-01T10:00:00' }, 'occurredAt'],
    ['impossible date', { occurredAt: '2026-02-30T10:00:00Z' }, 'occurredAt'],
    ['free text', { occurredAt: 'yesterday' }, 'occurredAt'],
    ['step 0', { outreach: { channel: 'email', step: 0 } }, 'outreach.step'],
    ['fractional step', { outreach: { channel: 'email', step: 1.5 } }, 'outreach.step'],
    ['sent without outreach', { outreach: null }, 'eventType'],
    ['added to campaign', { eventType: 'person.added_to_campaign' }, 'eventType'],
    ['not interested', { eventType: 'person.not_interested' }, 'eventType'],
  ])('rejects %s', (_case, change, field) => {
    const call = () => buildNote({ ...EMAIL_SENT, ...change })

    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_note_input', field }))
  })

  it.each([0, -1, 2.5, Number.NaN])('rejects excerpt length %s', (excerptLength) => {
    const call = () => buildNote(EMAIL_SENT, { excerptLength })

    expect(call).toThrow(
      expect.objectContaining({ code: 'invalid_note_input', field: 'excerptLength' }),
    )
  })

  it.each(['Mars/Olympus_Mons', 'not a zone'])('rejects time zone %j', (timeZone) => {
    const call = () => buildNote({ ...EMAIL_SENT, timeZone })

    expect(call).toThrow(expect.objectContaining({ code: 'invalid_time_zone', field: 'timeZone' }))
  })
})
