import type { Faker } from '@faker-js/faker'
import type { ContactLocation } from '@talent-sync/clockwork'

import type {
  BaseRecord,
  CompanyRecord,
  NamedRecord,
  NoteRecord,
  PersonRecord,
  PositionRecord,
  SchoolRecord,
} from '../state/records.js'
import { domainSlug } from './domain-slug.js'
import { DEGREES, FIELDS_OF_STUDY, NOTE_TYPES, SCHOOL_NAMES } from './catalog-data.js'

/** Inputs of `generatePerson`: the records a person can refer to and the id and time source. */
export interface PersonContext {
  faker: Faker
  /** Faker whose locale supplies the person's name, so names include accents. */
  nameFaker: Faker
  companies: readonly CompanyRecord[]
  tags: readonly NamedRecord[]
  regions: readonly NamedRecord[]
  newBase: () => BaseRecord
  /** Year the current positions started in or before. */
  currentYear: number
}

/** Generated person and the notes written about them. */
export interface GeneratedPerson {
  person: PersonRecord
  notes: NoteRecord[]
}

/** Builds one fictional person with contacts, a work history, schools, tags and notes. */
export function generatePerson(context: PersonContext): GeneratedPerson {
  const { faker, nameFaker } = context
  const firstName = nameFaker.person.firstName()
  const lastName = nameFaker.person.lastName()
  const positions = generatePositions(context)

  const person: PersonRecord = {
    ...context.newBase(),
    firstName,
    lastName,
    name: `${firstName} ${lastName}`,
    nickName: null,
    biography: faker.helpers.maybe(() => faker.lorem.sentences(2), { probability: 0.5 }) ?? null,
    assistantName: '',
    skypeName: null,
    doNotContact: faker.datatype.boolean(0.05),
    noRelocation: faker.datatype.boolean(0.2),
    loadedAt: '',
    addresses: [],
    emails: generateEmails(context, firstName, lastName, positions[0]?.companyName ?? null),
    phoneNumbers: generatePhones(context),
    linkedinUrls: [],
    webSites: [],
    positions,
    schools: generateSchools(context),
    tags: faker.helpers
      .arrayElements(context.tags, { min: 0, max: 4 })
      .map((tag) => ({ ...context.newBase(), tagId: tag.id })),
  }
  person.loadedAt = person.createdAt

  if (faker.datatype.boolean(0.9)) {
    const slug = `${faker.helpers.slugify(`${firstName}-${lastName}`).toLowerCase()}-${faker.string.alphanumeric(6).toLowerCase()}`
    person.linkedinUrls.push({ ...context.newBase(), url: `https://www.linkedin.com/in/${slug}` })
  }

  if (faker.datatype.boolean(0.25)) {
    person.webSites.push({ ...context.newBase(), url: faker.internet.url(), location: 'home' })
  }

  if (faker.datatype.boolean(0.6)) {
    person.addresses.push({
      ...context.newBase(),
      street: faker.location.streetAddress(),
      street2: null,
      city: faker.location.city(),
      state: faker.location.state(),
      postalCode: faker.location.zipCode(),
      country: faker.location.country(),
      location: 'home',
      regionId: faker.helpers.arrayElement(context.regions).id,
    })
  }

  return { person, notes: generateNotes(context, person.id) }
}

function generatePositions(context: PersonContext): PositionRecord[] {
  const { faker } = context
  const count = faker.number.int({ min: 1, max: 5 })
  const positions: PositionRecord[] = []
  let endYear: number | null = null
  let startYear = context.currentYear - faker.number.int({ min: 0, max: 6 })

  for (let index = 0; index < count; index += 1) {
    const company = faker.helpers.arrayElement(context.companies)

    positions.push({
      ...context.newBase(),
      title: faker.person.jobTitle(),
      companyId: company.id,
      companyName: company.name,
      description: faker.helpers.maybe(() => faker.lorem.sentence(), { probability: 0.4 }) ?? null,
      startMonth: faker.number.int({ min: 1, max: 12 }),
      startYear,
      endMonth: endYear === null ? null : faker.number.int({ min: 1, max: 12 }),
      endYear,
    })

    endYear = startYear
    startYear = endYear - faker.number.int({ min: 1, max: 6 })
  }

  return positions
}

function generateEmails(
  context: PersonContext,
  firstName: string,
  lastName: string,
  companyName: string | null,
) {
  const { faker } = context
  const personal = faker.internet.email({ firstName, lastName }).toLowerCase()
  const emails = [{ ...context.newBase(), address: personal, location: 'home' as ContactLocation }]

  if (companyName !== null && faker.datatype.boolean(0.7)) {
    const domain = `${domainSlug(faker, companyName)}.example.com`
    const local = faker.helpers.slugify(`${firstName}.${lastName}`).toLowerCase()
    emails.unshift({ ...context.newBase(), address: `${local}@${domain}`, location: 'work' })
  }

  return emails
}

function generatePhones(context: PersonContext) {
  const { faker } = context
  const count = faker.number.int({ min: 0, max: 2 })
  const locations: ContactLocation[] = ['work', 'home']

  return Array.from({ length: count }, (_, index) => ({
    ...context.newBase(),
    digits: faker.phone.number({ style: 'international' }),
    extension: null,
    location: locations[index] ?? 'other',
  }))
}

function generateSchools(context: PersonContext): SchoolRecord[] {
  const { faker } = context
  const count = faker.number.int({ min: 1, max: 2 })
  let endYear = context.currentYear - faker.number.int({ min: 8, max: 30 })

  return Array.from({ length: count }, () => {
    const startYear = endYear - faker.number.int({ min: 1, max: 4 })
    const school = {
      ...context.newBase(),
      name: faker.helpers.arrayElement(SCHOOL_NAMES),
      degree: faker.helpers.arrayElement(DEGREES),
      fieldOfStudy: faker.helpers.arrayElement(FIELDS_OF_STUDY),
      startYear,
      endYear,
    }
    endYear = startYear - faker.number.int({ min: 0, max: 2 })

    return school
  })
}

function generateNotes(context: PersonContext, personId: string): NoteRecord[] {
  const { faker } = context
  const count = faker.number.int({ min: 0, max: 3 })

  return Array.from({ length: count }, () => ({
    ...context.newBase(),
    personId,
    type: faker.helpers.arrayElement(NOTE_TYPES),
    content: `<p>${faker.lorem.paragraph()}</p>`,
  }))
}
