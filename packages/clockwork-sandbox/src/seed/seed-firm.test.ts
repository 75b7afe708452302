import { describe, expect, it } from 'vitest'

import { foldText } from '../search/fold-text.js'
import { FirmStore } from '../state/firm-store.js'
import { NEAR_DUPLICATE_COMPANY_FAMILIES } from './catalog-data.js'
import { DEFAULT_PEOPLE_COUNT, seedFirm } from './seed-firm.js'

function seededStore(options: { seed?: number; people?: number } = {}): FirmStore {
  let counter = 0
  const store = new FirmStore({ now: () => 0, newId: () => `id-${(counter += 1)}` })
  seedFirm(store, options)

  return store
}

describe('seedFirm', () => {
  const store = seededStore()
  const people = [...store.people.values()]

  it('creates the default number of people', () => {
    expect(store.people.size).toBe(DEFAULT_PEOPLE_COUNT)
    expect(store.regions.size).toBeGreaterThan(5)
    expect(store.tags.size).toBeGreaterThan(10)
    expect(store.notes.size).toBeGreaterThan(DEFAULT_PEOPLE_COUNT / 2)
  })

  it('gives every person positions, emails and schools', () => {
    for (const person of people) {
      expect(person.positions.length, person.name).toBeGreaterThan(0)
      expect(person.emails.length, person.name).toBeGreaterThan(0)
      expect(person.schools.length, person.name).toBeGreaterThan(0)
      expect(person.positions[0]?.endYear, person.name).toBeNull()
    }
  })

  it('fills contact details for most people', () => {
    const share = (count: number) => count / people.length

    expect(share(people.filter((p) => p.linkedinUrls.length > 0).length)).toBeGreaterThan(0.8)
    expect(share(people.filter((p) => p.phoneNumbers.length > 0).length)).toBeGreaterThan(0.5)
    expect(share(people.filter((p) => p.tags.length > 0).length)).toBeGreaterThan(0.5)
  })

  it('includes near-duplicate company names', () => {
    const names = [...store.companies.values()].map((company) => company.name)

    for (const family of NEAR_DUPLICATE_COMPANY_FAMILIES) {
      for (const name of family) expect(names).toContain(name)
    }
    expect(names).toEqual(expect.arrayContaining(['Acme Ltd', 'ACME Limited', 'Acme']))
  })

  it('includes accented names', () => {
    const accented = people.filter((person) => foldText(person.name) !== person.name.toLowerCase())

    expect(accented.length).toBeGreaterThan(0)
  })

  it('repeats for the same seed', () => {
    const again = seededStore()
    const other = seededStore({ seed: 7 })
    const firstNames = (firm: FirmStore) => [...firm.people.values()].map((person) => person.name)

    expect(firstNames(again)).toEqual(firstNames(store))
    expect(again.snapshot()).toEqual(store.snapshot())
    expect(firstNames(other)).not.toEqual(firstNames(store))
  })

  it('takes a people count', () => {
    expect(seededStore({ people: 12 }).people.size).toBe(12)
  })
})
