import type { PersonDetail } from '@talent-sync/clockwork'
import { buildNote, CLOCKWORK_PERSON_FIELDS } from '@talent-sync/core'
import { describe, expect, it } from 'vitest'

import { toCrmSnapshot } from './crm-snapshot.js'
import { toMatchCandidate } from './match-candidate.js'

const note = buildNote({
  eventType: 'person.replied',
  occurredAt: '2026-12-01T10:00:00Z',
  teamId: 'team_a',
  personId: 'p_1',
  eventId: 'evt_1',
  outreach: { channel: 'email' },
})

function person(overrides: Partial<PersonDetail> = {}): PersonDetail {
  return {
    id: 'crm_1',
    name: 'Ada Quill',
    firstName: 'Ada',
    lastName: 'Quill',
    createdAt: '2026-12-01 10:00:00',
    updatedAt: '2026-12-01 10:00:00',
    doNotContact: false,
    noRelocation: false,
    positions: [
      {
        id: 'pos_1',
        title: 'Head of Data',
        companyName: 'Copperleaf Labs',
        startDate: '2021-03-01 00:00:00',
        endDate: null,
        type: 'current',
      },
      {
        id: 'pos_2',
        title: 'Engineer',
        companyName: 'Fernhill',
        startDate: '2016-09-01 00:00:00',
        endDate: '2021-02-01 00:00:00',
        type: 'past',
      },
    ],
    compensation: [],
    addresses: [{ id: 'adr_1', formattedAddress: 'London, United Kingdom' }],
    emails: [{ id: 'eml_1', address: 'Ada@Example.com' }],
    schools: [{ id: 'sch_1', name: 'Northbridge University', degree: 'BSc' }],
    phoneNumbers: [{ id: 'ph_1', digits: '+442079460000' }],
    tags: [{ id: 'tag_1', name: 'Data' }],
    notes: [
      { id: 'note_1', createdAt: '2026-12-01 10:00:00', content: note.html },
      { id: 'note_2', createdAt: '2026-12-01 11:00:00', content: '<p>Written by hand</p>' },
    ],
    linkedinUrls: [{ id: 'li_1', url: 'https://www.linkedin.com/in/ada-quill' }],
    webSites: [],
    ...overrides,
  } as PersonDetail
}

/** Text fields that a CRM person may carry, each filled. */
const FILLED_SCALARS = {
  biography: 'Led two data platform migrations.',
  nickName: 'Addy',
  skypeName: 'addy.quill',
  assistantName: 'Noor Fenwick',
} as Partial<PersonDetail>

describe('toCrmSnapshot', () => {
  it('maps every collection to catalogue fields', () => {
    const snapshot = toCrmSnapshot(person())

    expect(snapshot.id).toBe('crm_1')
    expect(snapshot.values.firstName).toEqual({ type: 'text', value: 'Ada' })
    expect(snapshot.values.currentTitle).toEqual({ type: 'text', value: 'Head of Data' })
    expect(snapshot.values.currentCompany).toEqual({ type: 'text', value: 'Copperleaf Labs' })
    expect(snapshot.values.emailAddresses).toEqual({
      type: 'email_list',
      value: [{ address: 'ada@example.com', location: 'work' }],
    })
    expect(snapshot.values.linkedinUrls).toEqual({
      type: 'url_list',
      value: ['https://www.linkedin.com/in/ada-quill'],
    })
    expect(snapshot.values.addresses).toEqual({
      type: 'address_list',
      value: [{ formatted: 'London, United Kingdom' }],
    })
    expect(snapshot.values.tags).toEqual({ type: 'tags', value: ['Data'] })
    expect(snapshot.values.webSites).toBeUndefined()
  })

  it('reads position dates and the current flag', () => {
    const positions = toCrmSnapshot(person()).values.positions

    expect(positions?.type).toBe('positions')
    expect(positions?.value).toEqual([
      {
        title: 'Head of Data',
        companyName: 'Copperleaf Labs',
        start: { year: 2021, month: 3 },
        end: null,
        current: true,
        description: null,
      },
      {
        title: 'Engineer',
        companyName: 'Fernhill',
        start: { year: 2016, month: 9 },
        end: { year: 2021, month: 2 },
        current: false,
        description: null,
      },
    ])
  })

  it('keeps only the idempotency keys found in notes', () => {
    expect(toCrmSnapshot(person()).noteKeys).toEqual([note.idempotencyKey])
  })

  it('reads every scalar field of the catalogue', () => {
    const snapshot = toCrmSnapshot(person({ ...FILLED_SCALARS, doNotContact: true }))

    expect(snapshot.values.biography).toEqual({
      type: 'long_text',
      value: 'Led two data platform migrations.',
    })
    expect(snapshot.values.nickName).toEqual({ type: 'text', value: 'Addy' })
    expect(snapshot.values.skypeName).toEqual({ type: 'text', value: 'addy.quill' })
    expect(snapshot.values.assistantName).toEqual({ type: 'text', value: 'Noor Fenwick' })
    expect(snapshot.values.doNotContact).toEqual({ type: 'boolean', value: true })
    expect(snapshot.values.noRelocation).toEqual({ type: 'boolean', value: false })
  })

  it('reads each writable single-value catalogue field', () => {
    const snapshot = toCrmSnapshot(person(FILLED_SCALARS))
    const scalarKeys = CLOCKWORK_PERSON_FIELDS.filter(
      (definition) => definition.single && definition.writable,
    ).map((definition) => definition.key)

    expect(scalarKeys.filter((key) => snapshot.values[key] === undefined)).toEqual([])
  })

  it('leaves out empty scalar text fields', () => {
    const snapshot = toCrmSnapshot(
      person({ biography: '  ', nickName: null } as Partial<PersonDetail>),
    )

    expect(snapshot.values.biography).toBeUndefined()
    expect(snapshot.values.nickName).toBeUndefined()
  })

  it('treats a position without type or end date as current', () => {
    const snapshot = toCrmSnapshot(
      person({
        positions: [{ id: 'pos_3', title: 'Advisor', companyName: 'Lumen', endDate: null }],
      }),
    )
    expect(snapshot.values.currentCompany).toEqual({ type: 'text', value: 'Lumen' })
  })
})

describe('toMatchCandidate', () => {
  it('lists emails, LinkedIn URLs and current companies', () => {
    expect(toMatchCandidate(person())).toEqual({
      id: 'crm_1',
      emails: ['Ada@Example.com'],
      linkedInUrls: ['https://www.linkedin.com/in/ada-quill'],
      firstName: 'Ada',
      lastName: 'Quill',
      companyNames: ['Copperleaf Labs'],
    })
  })

  it('falls back to the preferred LinkedIn URL of a search result', () => {
    const candidate = toMatchCandidate({
      ...person(),
      linkedinUrls: [],
      preferredLinkedinUrl: 'https://linkedin.com/in/aq',
    })
    expect(candidate.linkedInUrls).toEqual(['https://linkedin.com/in/aq'])
  })
})
