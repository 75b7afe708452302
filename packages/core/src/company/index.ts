/**
 * Company name rules: the normalised key used to compare names, a similarity
 * score, and the duplicate check behind the company warning.
 *
 * @packageDocumentation
 */

export { normalizeCompanyName } from './company-name.js'
export { LEGAL_SUFFIXES } from './legal-suffixes.js'
export { companySimilarity } from './similarity.js'
export {
  DEFAULT_COMPANY_SIMILARITY_THRESHOLD,
  findCompanyDuplicates,
  type CompanyDuplicate,
  type CompanyDuplicateMode,
  type CompanyDuplicateOptions,
} from './duplicates.js'
