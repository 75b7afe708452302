import type { GeneralSettings } from '@talent-sync/core'
import { describe, expect, it } from 'vitest'

import { lookupCompany } from './company-lookup.js'

const COMPANIES = [
  { id: '1', name: 'Acme Ltd' },
  { id: '2', name: 'ACME Limited' },
  { id: '3', name: 'Globex' },
  { id: '4', name: 'Globexx' },
  { id: '5', name: 'Initech' },
]

type CompanyInfoField = GeneralSettings['displayedCompanyInfo'][number]

function general(
  mode: 'off' | 'exact' | 'similar',
  displayed: CompanyInfoField[] = ['name', 'website', 'crmLink'],
) {
  return { displayedCompanyInfo: displayed, companyWarning: { mode, threshold: 0.85 } }
}

describe('lookupCompany', () => {
  it('returns the displayed facts of the company', () => {
    const result = lookupCompany(
      { name: 'initech', domain: 'initech.example' },
      COMPANIES,
      general('exact'),
      'harbour',
    )

    expect(result.company).toEqual({
      name: 'Initech',
      website: 'https://initech.example',
      crmLink: 'https://harbour.clockworkrecruiting.com/companies/5',
    })
    expect(result.warning).toBeNull()
  })

  it('returns only the displayed facts', () => {
    const result = lookupCompany(
      { name: 'Initech' },
      COMPANIES,
      general('exact', ['name', 'industry']),
      'harbour',
    )

    expect(result.company).toEqual({ name: 'Initech', industry: null })
  })

  it('returns no company for an unknown name', () => {
    expect(lookupCompany({ name: 'Umbrella' }, COMPANIES, general('similar'), 'harbour')).toEqual({
      company: null,
      warning: null,
    })
  })

  it.each([
    ['Acme', 'exact', ['1', '2']],
    ['Acme', 'similar', ['1', '2']],
    ['Globex', 'exact', null],
    ['Globex', 'similar', ['3', '4']],
    ['Acme', 'off', null],
  ] as const)('warns about %s in %s mode', (name, mode, ids) => {
    const result = lookupCompany({ name }, COMPANIES, general(mode), 'harbour')

    expect(result.warning?.candidates.map((candidate) => candidate.id) ?? null).toEqual(ids)
  })
})
