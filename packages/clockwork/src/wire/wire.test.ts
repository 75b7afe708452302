import { describe, expect, it } from 'vitest'

import { rawPersonFixture } from '../testing/fixtures.js'
import {
  getPersonResponseSchema,
  personDetailFromWire,
  rawGetPersonResponseSchema,
} from '../unconfirmed/person.js'
import { formatClockworkTimestamp, parseClockworkTimestamp, timestampSchema } from './common.js'
import { listCompaniesResponseSchema, rawListCompaniesResponseSchema } from './lookups.js'
import { searchPeopleResponseSchema } from './people.js'
import { personFromWire, personSchema, rawPersonSchema } from './person.js'

describe('parseClockworkTimestamp', () => {
  it.each([
    ['2025-02-01 09:30:00', '2025-02-01T09:30:00.000Z'],
    ['2024-02-29 23:59:59', '2024-02-29T23:59:59.000Z'],
    ['2016-09-01 00:00:00', '2016-09-01T00:00:00.000Z'],
    ['2000-02-29 12:00:00', '2000-02-29T12:00:00.000Z'],
    ['2025-12-31 23:59:59', '2025-12-31T23:59:59.000Z'],
  ])('reads %s as UTC', (wire, iso) => {
    expect(parseClockworkTimestamp(wire)?.toISOString()).toBe(iso)
  })

  it.each([
    '2025-02-30 00:00:00',
    '2025-02-01 24:00:00',
    '2025-02-01T09:30:00Z',
    '2025-02-01',
    '',
    '2100-02-29 00:00:00',
    '2025-13-01 00:00:00',
    '2025-00-10 00:00:00',
    '2025-04-31 00:00:00',
    '2025-02-01 09:60:00',
    '2025-02-01 09:30:0a',
    '2025-02-01 09:30:000',
    '2025/02/01 09:30:00',
    '2025-02-00 09:30:00',
    '20a5-02-01 09:30:00',
  ])('rejects %j', (wire) => {
    expect(parseClockworkTimestamp(wire)).toBeUndefined()
    expect(timestampSchema.safeParse(wire).success).toBe(false)
  })

  it('round-trips through formatClockworkTimestamp', () => {
    const date = new Date('2025-06-15T08:07:06.000Z')

    expect(formatClockworkTimestamp(date)).toBe('2025-06-15 08:07:06')
    expect(parseClockworkTimestamp(formatClockworkTimestamp(date))).toEqual(date)
  })
})

describe('person schemas', () => {
  const collections = [
    'positions',
    'compensation',
    'addresses',
    'emails',
    'schools',
    'phoneNumbers',
    'tags',
    'notes',
    'linkedinUrls',
    'webSites',
  ] as const

  it('turns null collections into empty arrays', () => {
    const parsed = getPersonResponseSchema.parse({ person: rawPersonFixture() })

    for (const key of collections) {
      expect(parsed.person[key], key).toEqual([])
    }
  })

  it('keeps null collections in the raw form', () => {
    const parsed = rawGetPersonResponseSchema.parse({ person: rawPersonFixture() })

    for (const key of collections) {
      expect(parsed.person[key], key).toBeNull()
    }
  })

  it('reads filled collections', () => {
    const person = rawPersonFixture({
      emails: [
        {
          id: '0b7d5c5e-1a2b-4c3d-8e9f-001122334455',
          address: 'ada.quill@example.com',
          locationTypeId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f00112233',
          createdAt: '2025-02-01 09:30:00',
          updatedAt: '2025-02-01 09:30:00',
        },
      ],
    })

    const parsed = getPersonResponseSchema.parse({ person })

    expect(parsed.person.emails.map((email) => email.address)).toEqual(['ada.quill@example.com'])
  })

  it.each([
    ['an id that is not a UUID', { id: '12345' }],
    ['a zoned timestamp', { createdAt: '2025-02-01T09:30:00Z' }],
    ['a missing name', { name: undefined }],
    ['a list that is an object', { emails: {} }],
  ])('rejects %s', (_case, overrides) => {
    const person = { ...rawPersonFixture(), ...overrides }

    expect(getPersonResponseSchema.safeParse({ person }).success).toBe(false)
  })
})

describe('list envelopes', () => {
  it('turns a null list into an empty array', () => {
    expect(listCompaniesResponseSchema.parse({ companies: null })).toEqual({ companies: [] })
    expect(rawListCompaniesResponseSchema.parse({ companies: null })).toEqual({ companies: null })
  })

  it('reads a people_search page', () => {
    const parsed = searchPeopleResponseSchema.parse({
      peopleSearch: [rawPersonFixture()],
      meta: { total: 41, page: 2 },
    })

    expect(parsed.meta).toEqual({ total: 41, page: 2 })
    expect(parsed.peopleSearch[0]?.tags).toEqual([])
  })
})

describe('conversion from the wire form', () => {
  const email = {
    id: '0b7d5c5e-1a2b-4c3d-8e9f-001122334455',
    address: 'ada.quill@example.com',
    locationTypeId: '9a8b7c6d-5e4f-4a3b-9c2d-1e0f00112233',
    createdAt: '2025-02-01 09:30:00',
    updatedAt: '2025-02-01 09:30:00',
  }
  const site = { id: '1c8e6d6f-2b3c-4d4e-9f0a-112233445566', url: 'https://example.com/ada' }
  const people = [
    ['every collection null', rawPersonFixture()],
    ['some collections filled', rawPersonFixture({ emails: [email], webSites: [site] })],
  ] as const

  it.each(people)('person detail with %s matches the parse', (_case, person) => {
    const converted = personDetailFromWire(rawGetPersonResponseSchema.parse({ person }).person)

    expect(converted).toEqual(getPersonResponseSchema.parse({ person }).person)
  })

  it.each(people)('search person with %s matches the parse', (_case, person) => {
    const converted = personFromWire(rawPersonSchema.parse(person))

    expect(converted).toEqual(personSchema.parse(person))
  })

  it('keeps the raw parse result unchanged', () => {
    const raw = rawGetPersonResponseSchema.parse({ person: rawPersonFixture() }).person

    personDetailFromWire(raw)

    expect(raw.emails).toBeNull()
  })
})
