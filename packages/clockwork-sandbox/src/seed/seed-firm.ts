import { Faker, base, de, en, es, fr, pl, type LocaleDefinition } from '@faker-js/faker'
import { formatClockworkTimestamp } from '@talent-sync/clockwork'

import type { FirmStore } from '../state/firm-store.js'
import type { BaseRecord, CompanyRecord } from '../state/records.js'
import { domainSlug } from './domain-slug.js'
import { generatePerson } from './generate-person.js'
import {
  INDUSTRIES,
  NEAR_DUPLICATE_COMPANY_FAMILIES,
  REGION_NAMES,
  TAG_NAMES,
} from './catalog-data.js'

/** Options of `seedFirm`. */
export interface SeedOptions {
  /** Faker seed; the same seed and count give the same firm. Defaults to `DEFAULT_SEED`. */
  seed?: number
  /** Number of people to generate. Defaults to `DEFAULT_PEOPLE_COUNT`. */
  people?: number
}

/** Faker seed used when none is given. */
export const DEFAULT_SEED = 20_260_101

/** Number of people generated when no count is given. */
export const DEFAULT_PEOPLE_COUNT = 300

/** Number of companies generated besides the near-duplicate families. */
const OTHER_COMPANY_COUNT = 60

/** Latest time a seeded record can carry, fixed so that seeds repeat exactly. */
const SEED_REFERENCE_DATE = new Date('2026-01-01T00:00:00Z')

/** Earliest time a seeded record can carry. */
const SEED_EARLIEST_DATE = new Date('2019-01-01T00:00:00Z')

/** Locales that names are drawn from, so that search has accents and non-ASCII letters to fold. */
const NAME_LOCALES: readonly LocaleDefinition[] = [en, en, fr, de, es, pl]

/**
 * Adds a realistic fictional firm to an empty store: regions, tags, companies
 * (with near-duplicate names such as "Acme Ltd", "ACME Limited" and "Acme")
 * and people with emails, phones, LinkedIn URLs, positions, schools, tags and
 * notes. Every id and timestamp comes from the seeded generator.
 */
export function seedFirm(store: FirmStore, options: SeedOptions = {}): void {
  const seed = options.seed ?? DEFAULT_SEED
  const peopleCount = options.people ?? DEFAULT_PEOPLE_COUNT
  const faker = createFaker(en, seed)
  const nameFakers = NAME_LOCALES.map((locale, index) => createFaker(locale, seed + index + 1))

  const newBase = (): BaseRecord => {
    const timestamp = formatClockworkTimestamp(
      faker.date.between({ from: SEED_EARLIEST_DATE, to: SEED_REFERENCE_DATE }),
    )

    return { id: faker.string.uuid(), createdAt: timestamp, updatedAt: timestamp }
  }

  const regions = REGION_NAMES.map((name) => ({ ...newBase(), name }))
  const tags = TAG_NAMES.map((name) => ({ ...newBase(), name }))
  const companies = generateCompanies(faker, newBase)

  putAll(store.regions, regions)
  putAll(store.tags, tags)
  putAll(store.companies, companies)

  for (let index = 0; index < peopleCount; index += 1) {
    const { person, notes } = generatePerson({
      faker,
      nameFaker: faker.helpers.arrayElement(nameFakers),
      companies,
      tags,
      regions,
      newBase,
      currentYear: SEED_REFERENCE_DATE.getUTCFullYear(),
    })

    store.people.set(person.id, person)
    putAll(store.notes, notes)
  }
}

function generateCompanies(faker: Faker, newBase: () => BaseRecord): CompanyRecord[] {
  const names = [
    ...NEAR_DUPLICATE_COMPANY_FAMILIES.flat(),
    ...faker.helpers.uniqueArray(() => faker.company.name(), OTHER_COMPANY_COUNT),
  ]

  return names.map((name) => ({
    ...newBase(),
    name,
    website: `https://www.${domainSlug(faker, name)}.example.com`,
    location: `${faker.location.city()}, ${faker.location.country()}`,
    industry: faker.helpers.arrayElement(INDUSTRIES),
  }))
}

function createFaker(locale: LocaleDefinition, seed: number): Faker {
  const faker = new Faker({ locale: [locale, en, base] })
  faker.seed(seed)
  faker.setDefaultRefDate(SEED_REFERENCE_DATE)

  return faker
}

function putAll<T extends BaseRecord>(map: Map<string, T>, records: readonly T[]): void {
  for (const record of records) map.set(record.id, record)
}
