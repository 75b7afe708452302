import { findCompanyDuplicates, type GeneralSettings } from '@talent-sync/core'

/** A company as the CRM lists it. */
export interface CrmCompany {
  id: string
  name: string
}

/** A possible duplicate of the looked-up company. */
export interface CompanyCandidate {
  id: string
  name: string
  score: number
  reason: 'exact' | 'similar'
}

/** Result of {@link lookupCompany}. */
export interface CompanyLookup {
  /** The displayed facts of the CRM company with this name, or null when the CRM has none. */
  company: Record<string, string | null> | null
  /** The duplicate warning, or null when the CRM has at most one such company or warnings are off. */
  warning: { mode: 'exact' | 'similar'; candidates: CompanyCandidate[] } | null
}

/**
 * Finds a company among the CRM's companies and builds the facts the
 * settings display (`general.displayedCompanyInfo`) and the duplicate
 * warning (`general.companyWarning`). The CRM lists companies with id and
 * name only, so location, industry and size are null, and the website comes
 * from the looked-up domain.
 */
export function lookupCompany(
  query: { name: string; domain?: string | undefined },
  companies: readonly CrmCompany[],
  general: Pick<GeneralSettings, 'displayedCompanyInfo' | 'companyWarning'>,
  firmSubdomain: string,
): CompanyLookup {
  const found = findCompanyDuplicates(query.name, companies, { mode: 'exact' })[0]?.candidate
  const facts: Record<string, string | null> = {
    name: found?.name ?? null,
    website: query.domain ? `https://${query.domain}` : null,
    location: null,
    industry: null,
    size: null,
    // NOTE: the address of a company page in the Clockwork web app is a guess.
    crmLink: found
      ? `https://${firmSubdomain}.clockworkrecruiting.com/companies/${found.id}`
      : null,
  }
  const company = found
    ? Object.fromEntries(general.displayedCompanyInfo.map((field) => [field, facts[field] ?? null]))
    : null

  const { mode, threshold } = general.companyWarning
  if (mode === 'off') return { company, warning: null }

  const duplicates = findCompanyDuplicates(query.name, companies, { mode, threshold })
  const candidates = duplicates.map((duplicate) => ({
    id: duplicate.candidate.id,
    name: duplicate.candidate.name,
    score: duplicate.score,
    reason: duplicate.reason,
  }))
  return { company, warning: candidates.length > 1 ? { mode, candidates } : null }
}
