import { describe, expect, it } from 'vitest'

import { formatSettingValue } from './formatSetting.js'

const CATALOGUE = [
  { key: 'firstName', label: 'First name' },
  { key: 'currentTitle', label: 'Current title' },
  { key: 'emailAddresses', label: 'E-mail addresses' },
]

describe('formatSettingValue', () => {
  it.each([
    ['general.doNotMerge', true, 'On'],
    ['general.updateFullHistory', false, 'Off'],
    ['general.createNotesUpon', ['email', 'reply'], 'E-mail sent, Reply received'],
    ['general.createNotesUpon', [], 'None'],
    ['general.displayedCompanyInfo', ['crmLink'], 'Link to the CRM company'],
    ['general.companyWarning', { mode: 'exact', threshold: 0.85 }, 'Exact duplicates only'],
    [
      'general.companyWarning',
      { mode: 'similar', threshold: 0.9 },
      'Similar names above a threshold (90%)',
    ],
    ['sync.syncOn', 'reply', 'On reply'],
    ['sync.mandatoryFields', ['firstName', 'unknownField'], 'First name, unknownField'],
    [
      'fieldMapping.stringVariables',
      { jobTitle: 'currentTitle', headline: null },
      'Job title → Current title; Headline → not mapped',
    ],
    [
      'fieldMapping.listVariables',
      { emails: ['emailAddresses', 'firstName'] },
      'E-mails → E-mail addresses + First name',
    ],
    ['fieldMapping.socialUrls', { github: 'webSites' }, 'GitHub → webSites'],
    ['sync.protectedFields', undefined, '—'],
  ] as const)('formats %s = %j', (key, value, expected) => {
    expect(formatSettingValue(key, value, CATALOGUE)).toBe(expected)
  })
})
