import { describe, expect, it } from 'vitest'

import { rawPersonFixture } from '../testing/fixtures.js'
import { getPersonResponseSchema, rawGetPersonResponseSchema } from '../unconfirmed/person.js'
import { formatClockworkTimestamp, parseClockworkTimestamp, timestampSchema } from './common.js'
import { listCompaniesResponseSchema, rawListCompaniesResponseSchema } from './lookups.js'
import { searchPeopleResponseSchema } from './people.js'

describe('parseClockworkTimestamp', () => {
  it.each([
    ['2025-02-01 09:30:00', '2025-02-01T09:30:00.000Z'],
    ['2024-02-29 23:59:59', '2024-02-29T23:59:59.000Z'],
    ['2016-09-01 00:00:00', '2016-09-01T00:00:00.000Z'],
  ])('reads %s as UTC', (wire, iso) => {
    expect(parseClockworkTimestamp(wire)?.toISOString()).toBe(iso)
  })

  it.each(['2025-02-30 00:00:00', '2025-02-01 24:00:00', '2025-02-01T09:30:00Z', '2025-02-01', ''])(
    'rejects %j',
    (wire) => {
      expect(parseClockworkTimestamp(wire)).toBeUndefined()
      expect(timestampSchema.safeParse(wire).success).toBe(false)
    },
  )

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
