import { describe, expect, it } from 'vitest'

import { buildFieldCatalogue } from '../catalogue/clockwork.js'
import { DEFAULT_FIELD_MAPPING, defaultSettings, type FieldMapping } from '../settings/schema.js'
import { validateFieldMapping } from './validate-mapping.js'
import { validateSyncFieldLists } from './validate-sync-fields.js'

const catalogue = buildFieldCatalogue({ tags: ['Board'] })

function withMapping(change: (mapping: FieldMapping) => void): FieldMapping {
  const mapping = structuredClone(DEFAULT_FIELD_MAPPING)
  change(mapping)
  return mapping
}

describe('validateFieldMapping', () => {
  it('accepts the default mapping', () => {
    expect(validateFieldMapping(DEFAULT_FIELD_MAPPING, catalogue)).toEqual([])
  })

  it.each([
    {
      name: 'unknown target',
      change: (m: FieldMapping) => (m.stringVariables.headline = 'jobHeadline'),
      path: 'fieldMapping.stringVariables.headline',
      message: /"jobHeadline" is not a field of the CRM/,
    },
    {
      name: 'read-only target',
      change: (m: FieldMapping) => (m.stringVariables.headline = 'status'),
      path: 'fieldMapping.stringVariables.headline',
      message: /read-only/,
    },
    {
      name: 'string onto phone list',
      change: (m: FieldMapping) => (m.stringVariables.jobTitle = 'phoneNumbers'),
      path: 'fieldMapping.stringVariables.jobTitle',
      message: /phone_list field, but a string variable fits only text/,
    },
    {
      name: 'emails onto tags',
      change: (m: FieldMapping) => (m.listVariables.emails = ['emailAddresses', 'tags']),
      path: 'fieldMapping.listVariables.emails.1',
      message: /fits only email_list/,
    },
    {
      name: 'social onto boolean',
      change: (m: FieldMapping) => (m.socialUrls.github = 'doNotContact'),
      path: 'fieldMapping.socialUrls.github',
      message: /boolean field/,
    },
    {
      name: 'custom list onto text',
      change: (m: FieldMapping) => (m.listVariables.custom_list_1 = ['nickName']),
      path: 'fieldMapping.listVariables.custom_list_1.0',
      message: /custom list variable fits only tags, url_list/,
    },
    {
      name: 'list variable under strings',
      change: (m: FieldMapping) => (m.stringVariables.emails = 'emailAddresses'),
      path: 'fieldMapping.stringVariables.emails',
      message: /map it under fieldMapping.listVariables/,
    },
    {
      name: 'string variable under lists',
      change: (m: FieldMapping) => (m.listVariables.jobTitle = ['tags']),
      path: 'fieldMapping.listVariables.jobTitle.0',
      message: /map it under fieldMapping.stringVariables/,
    },
    {
      name: 'two strings onto one field',
      change: (m: FieldMapping) => (m.stringVariables.headline = 'firstName'),
      path: 'fieldMapping.stringVariables.headline',
      message: /fieldMapping.stringVariables.firstName already maps onto it/,
    },
    {
      name: 'social and string onto one text',
      change: (m: FieldMapping) => {
        m.stringVariables.headline = 'skypeName'
        m.socialUrls.twitter = 'skypeName'
      },
      path: 'fieldMapping.socialUrls.twitter',
      message: /"skypeName" holds one value/,
    },
  ])('rejects $name', ({ change, path, message }) => {
    const issues = validateFieldMapping(withMapping(change), catalogue)

    expect(issues).toHaveLength(1)
    expect(issues[0]?.path).toBe(path)
    expect(issues[0]?.message).toMatch(message)
  })

  it('allows several strings onto a list field', () => {
    const mapping = withMapping((m) => {
      m.stringVariables.headline = 'tags'
      m.stringVariables.companyDomain = 'webSites'
      m.listVariables.custom_list_1 = ['tags']
    })

    expect(validateFieldMapping(mapping, catalogue)).toEqual([])
  })
})

describe('validateSyncFieldLists', () => {
  it('accepts the default sync settings', () => {
    expect(validateSyncFieldLists(defaultSettings().sync, catalogue)).toEqual([])
  })

  it.each([
    { list: 'displayedFields', key: 'positions', message: '"positions" cannot be displayed' },
    { list: 'mandatoryFields', key: 'nickName', message: '"nickName" cannot be mandatory' },
    { list: 'protectedFields', key: 'status', message: '"status" cannot be protected' },
    { list: 'filterableFields', key: 'biography', message: '"biography" cannot be filterable' },
    { list: 'mandatoryFields', key: 'shoeSize', message: '"shoeSize" is not a field of the CRM' },
  ] as const)('rejects $key in $list', ({ list, key, message }) => {
    const sync = defaultSettings().sync
    sync[list] = [...sync[list], key]

    const issues = validateSyncFieldLists(sync, catalogue)

    expect(issues).toEqual([{ path: `sync.${list}.${sync[list].length - 1}`, message }])
  })
})
