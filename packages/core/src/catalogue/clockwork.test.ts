import { describe, expect, it } from 'vitest'

import { buildFieldCatalogue, CLOCKWORK_PERSON_FIELDS, findField } from './clockwork.js'
import { fieldCatalogueSchema, fieldDefinitionSchema } from './field.js'

describe('CLOCKWORK_PERSON_FIELDS', () => {
  it('passes its own schema', () => {
    expect(fieldCatalogueSchema.safeParse(CLOCKWORK_PERSON_FIELDS).success).toBe(true)
  })

  it('marks text fields single and lists multi-valued', () => {
    expect(findField(CLOCKWORK_PERSON_FIELDS, 'firstName')?.single).toBe(true)
    expect(findField(CLOCKWORK_PERSON_FIELDS, 'emailAddresses')?.single).toBe(false)
    expect(findField(CLOCKWORK_PERSON_FIELDS, 'positions')?.single).toBe(false)
  })

  it('offers the status as a filter only', () => {
    const status = findField(CLOCKWORK_PERSON_FIELDS, 'status')

    expect(status).toMatchObject({
      writable: false,
      canBeFiltered: true,
      canBeMandatory: false,
      canBeDisplayed: false,
      canBeProtected: false,
    })
  })
})

describe('buildFieldCatalogue', () => {
  it('adds the firm tags and statuses as options', () => {
    const catalogue = buildFieldCatalogue({
      tags: ['Tech', ' board ', 'tech', ''],
      statuses: ['Placed', 'Research'],
    })

    expect(findField(catalogue, 'tags')?.options).toEqual(['board', 'Tech'])
    expect(findField(catalogue, 'status')?.options).toEqual(['Placed', 'Research'])
  })

  it('does not share objects with the base catalogue', () => {
    const catalogue = buildFieldCatalogue()
    catalogue[0]!.label = 'Changed'

    expect(CLOCKWORK_PERSON_FIELDS[0]!.label).not.toBe('Changed')
  })

  it('returns undefined for an unknown key', () => {
    expect(findField(buildFieldCatalogue(), 'salary')).toBeUndefined()
  })
})

describe('fieldDefinitionSchema', () => {
  const valid = {
    key: 'firstName',
    label: 'First name',
    type: 'text',
    single: true,
    canBeMandatory: true,
    canBeProtected: true,
    canBeDisplayed: true,
    canBeFiltered: true,
    writable: true,
    help: 'Given name.',
  }

  it.each<[string, Record<string, unknown>, string]>([
    ['a list marked single', { type: 'email_list', single: true }, 'single'],
    ['text marked multi-valued', { single: false }, 'single'],
    ['an unknown type', { type: 'date' }, 'type'],
    ['a snake_case key', { key: 'first_name' }, 'key'],
    ['an unknown property', { hidden: true }, ''],
  ])('rejects %s', (_case, change, path) => {
    const result = fieldDefinitionSchema.safeParse({ ...valid, ...change })

    expect(result.success).toBe(false)
    expect(result.error!.issues.map((issue) => issue.path.join('.'))).toContain(path)
  })

  it('rejects repeated keys in a catalogue', () => {
    expect(fieldCatalogueSchema.safeParse([valid, valid]).success).toBe(false)
  })
})
