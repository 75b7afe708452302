import { describe, expect, it } from 'vitest'

import { makePerson, makeSettings } from '../../bench/fixtures.js'
import { buildFieldCatalogue } from '../catalogue/clockwork.js'
import type { PersonInput } from '../schemas/person.js'
import type { FieldMapping } from '../settings/schema.js'
import { mapPersonToDraft, type MapPersonOptions } from './map-person.js'
import { findMissingMandatory } from './mandatory.js'

const catalogue = buildFieldCatalogue()

function draftOf(
  person: Partial<PersonInput> = {},
  tagged: Record<string, string | boolean | string[]> = {},
  options: MapPersonOptions = {
    displayedFields: ['tags', 'nickName', 'doNotContact', 'emailAddresses'],
  },
  changeMapping: (mapping: FieldMapping) => void = () => {},
) {
  const mapping = makeSettings((settings) => changeMapping(settings.fieldMapping)).fieldMapping
  return mapPersonToDraft(makePerson(person), tagged, mapping, catalogue, {
    defaultPhoneCountry: 'GB',
    ...options,
  })
}

describe('mapPersonToDraft', () => {
  it('maps every kind of value', () => {
    const draft = draftOf()

    expect(draft.values.firstName).toEqual({ type: 'text', value: 'Zoë' })
    expect(draft.values.lastName).toEqual({ type: 'text', value: "O'Brien-Łukasik" })
    expect(draft.values.biography).toEqual({
      type: 'long_text',
      value: 'Builds data platforms.\nMentors engineers.',
    })
    expect(draft.values.emailAddresses?.value).toEqual([
      { address: 'zoe.obrien@northwind.example', location: 'work' },
      { address: 'zoe@home.example', location: 'home' },
    ])
    expect(draft.values.phoneNumbers?.value).toEqual([
      { number: '+442079460123', extension: null, location: 'other' },
    ])
    expect(draft.values.linkedinUrls?.value).toEqual(['https://www.linkedin.com/in/zoe-obrien'])
    expect(draft.values.webSites?.value).toEqual([
      'https://zoe.example/talks',
      'https://github.com/zoe-ob',
    ])
    expect(draft.values.addresses?.value).toEqual([{ formatted: 'London, United Kingdom' }])
    expect(draft.values.tags?.value).toEqual(['python', 'leadership'])
    expect(draft.values.assistantName).toEqual({ type: 'text', value: 'Ada Byron' })
    expect(draft.values.educations?.value).toEqual([
      {
        schoolName: 'University of Leeds',
        degree: 'BSc',
        fieldOfStudy: 'Mathematics',
        startYear: 2008,
        endYear: 2011,
      },
    ])
  })

  it('reports unmapped variables', () => {
    const draft = draftOf({ headline: 'Leader', variables: { custom_9: 'x', nickname: 'Zo' } })

    expect(draft.dropped).toEqual([
      { source: 'headline', reason: 'no field mapping carries this variable' },
      { source: 'variables.custom_9', reason: 'no field mapping carries this variable' },
      { source: 'variables.nickname', reason: 'no field mapping carries this variable' },
    ])
  })

  it('keeps one current position', () => {
    const draft = draftOf()
    const positions = draft.values.positions?.value as { title: string; current: boolean }[]

    expect(positions.map((position) => position.title)).toEqual([
      'VP Engineering',
      'Engineering Manager',
    ])
    expect(positions.filter((position) => position.current)).toHaveLength(1)
    expect(draft.values.currentTitle).toEqual({ type: 'text', value: 'VP Engineering' })
    expect(draft.values.currentCompany).toEqual({ type: 'text', value: 'Northwind Analytics' })
  })

  it('adds the job title as current position', () => {
    const draft = draftOf({
      workHistory: [{ title: 'Analyst', companyName: 'Contoso', current: false }],
    })

    expect(draft.values.positions?.value).toEqual([
      {
        title: 'VP Engineering',
        companyName: 'Northwind Analytics',
        start: null,
        end: null,
        current: true,
        description: null,
      },
      {
        title: 'Analyst',
        companyName: 'Contoso',
        start: null,
        end: null,
        current: false,
        description: null,
      },
    ])
  })

  it('fills the current title from history', () => {
    const draft = draftOf({ jobTitle: null, companyName: null })

    expect(draft.values.currentTitle).toEqual({ type: 'text', value: 'VP Engineering' })
    expect(draft.values.positions?.value).toHaveLength(2)
  })

  it('de-duplicates by normalised value', () => {
    const draft = draftOf({
      emails: [{ address: 'ZOE@x.example' }, { address: ' zoe@X.example ' }],
      phones: [{ number: '+44 20 7946 0123' }, { number: '020 7946 0123' }],
      tags: ['Python', 'python'],
    })

    expect(draft.values.emailAddresses?.value).toHaveLength(1)
    expect(draft.values.phoneNumbers?.value).toHaveLength(1)
    expect(draft.values.tags?.value).toEqual(['Python'])
  })

  it.each([
    {
      name: 'LinkedIn company page',
      person: { socialUrls: { linkedin: 'https://www.linkedin.com/company/acme' } },
      source: 'socialUrls.linkedin',
      reason: 'is not a LinkedIn profile URL',
    },
    {
      name: 'invalid custom URL',
      person: { variables: { custom_list_1: ['not a url'] } },
      source: 'variables.custom_list_1.0',
      reason: 'is not a valid http or https URL',
    },
    {
      name: 'list onto one value',
      person: { variables: { custom_1: ['a', 'b'] } },
      source: 'variables.custom_1',
      reason: 'is a list, but "assistantName" holds one value',
    },
  ])('drops $name', ({ person, source, reason }) => {
    const draft = draftOf(person as Partial<PersonInput>)

    expect(draft.dropped).toContainEqual({ source, reason })
  })

  it('drops the values of an invalid row', () => {
    const draft = draftOf(
      {},
      {},
      undefined,
      (mapping) => (mapping.stringVariables.jobTitle = 'phoneNumbers'),
    )

    expect(draft.dropped).toContainEqual({
      source: 'jobTitle',
      reason: expect.stringMatching(
        /^fieldMapping.stringVariables.jobTitle is invalid: "phoneNumbers" is a phone_list field/,
      ),
    })
  })

  it('lets tagged values win', () => {
    const draft = draftOf({}, { tags: ['Board', 'Board'], nickName: 'Zo', doNotContact: true })

    expect(draft.values.tags?.value).toEqual(['Board'])
    expect(draft.values.nickName).toEqual({ type: 'text', value: 'Zo' })
    expect(draft.values.doNotContact).toEqual({ type: 'boolean', value: true })
    expect(draft.dropped.filter((dropped) => dropped.source !== 'headline')).toEqual([
      { source: 'tags.0', reason: "replaced by the recruiter's value in taggedFields.tags" },
      { source: 'tags.1', reason: "replaced by the recruiter's value in taggedFields.tags" },
    ])
  })

  it.each([
    {
      tagged: { biography: 'x' },
      source: 'taggedFields.biography',
      reason: '"biography" is not a displayed field, so recruiters cannot set it',
    },
    {
      tagged: { nickName: ['a', 'b'] },
      source: 'taggedFields.nickName',
      reason: '"nickName" holds one value, but 2 were given',
    },
    {
      tagged: { doNotContact: 'maybe' },
      source: 'taggedFields.doNotContact',
      reason: 'is not a yes/no value for "doNotContact"',
    },
    {
      tagged: { emailAddresses: ['bad', 'ok@x.example'] },
      source: 'taggedFields.emailAddresses.0',
      reason: 'is not a valid e-mail address',
    },
    {
      tagged: { nickName: true },
      source: 'taggedFields.nickName',
      reason: 'is a yes/no value, but "nickName" is a text field',
    },
  ] as { tagged: Record<string, string | boolean | string[]>; source: string; reason: string }[])(
    'drops tagged $source',
    ({ tagged, source, reason }) => {
      const draft = draftOf({}, tagged)

      expect(draft.dropped).toContainEqual({ source, reason })
    },
  )

  it('keeps the mapped value when no tagged value fits', () => {
    const draft = draftOf({}, { emailAddresses: ['bad'] })

    expect(draft.values.emailAddresses?.value).toHaveLength(2)
  })

  it('checks tags against firm options', () => {
    const mapping = makeSettings().fieldMapping
    const firmCatalogue = buildFieldCatalogue({ tags: ['Python', 'Board'] })

    const draft = mapPersonToDraft(makePerson(), {}, mapping, firmCatalogue)

    expect(draft.values.tags?.value).toEqual(['Python'])
    expect(draft.dropped).toContainEqual({
      source: 'tags.1',
      reason: 'is not one of the values the CRM offers for "tags"',
    })
  })

  it.each([
    { name: 'Chinese', firstName: '王小明', lastName: null },
    { name: 'empty last name', firstName: 'Zoë', lastName: '' },
    { name: 'null names', firstName: null, lastName: null },
  ])('handles $name', ({ firstName, lastName }) => {
    const draft = draftOf({ firstName, lastName })

    expect(draft.values.firstName?.value).toBe(firstName || undefined)
    expect(draft.values.lastName).toBeUndefined()
  })

  it('is deterministic', () => {
    expect(draftOf()).toEqual(draftOf())
  })
})

describe('findMissingMandatory', () => {
  const draft = draftOf({ lastName: null })

  it.each([
    { mandatory: ['firstName', 'lastName'], existing: null, missing: ['lastName'] },
    { mandatory: ['lastName', 'nickName'], existing: null, missing: ['lastName', 'nickName'] },
    {
      mandatory: ['lastName'],
      existing: { values: { lastName: { type: 'text' as const, value: 'Ng' } } },
      missing: [],
    },
    {
      mandatory: ['lastName'],
      existing: { values: { lastName: { type: 'text' as const, value: '  ' } } },
      missing: ['lastName'],
    },
    { mandatory: ['emailAddresses', 'positions'], existing: null, missing: [] },
  ])('finds $missing of $mandatory', ({ mandatory, existing, missing }) => {
    expect(findMissingMandatory(draft, mandatory, existing)).toEqual(missing)
  })
})
