import { assertThreshold } from '../normalize/invalid-input-error.js'
import type { COMPANY_WARNING_MODES } from '../settings/schema.js'

import { normalizeCompanyName } from './company-name.js'
import { companySimilarity } from './similarity.js'

/**
 * Duplicate check mode: `off` reports nothing, `exact` reports names equal
 * after normalisation, and `similar` also reports names whose similarity
 * reaches the threshold.
 */
export type CompanyDuplicateMode = (typeof COMPANY_WARNING_MODES)[number]

/** Options of {@link findCompanyDuplicates}. */
export interface CompanyDuplicateOptions {
  /** Kind of duplicates to report. */
  mode: CompanyDuplicateMode
  /** Lowest {@link companySimilarity} score, from 0 to 1, that counts as similar; defaults to {@link DEFAULT_COMPANY_SIMILARITY_THRESHOLD}. */
  threshold?: number
}

/** A candidate company reported by {@link findCompanyDuplicates}. */
export interface CompanyDuplicate<Candidate> {
  /** The candidate as passed in. */
  candidate: Candidate
  /** Normalised name of the candidate. */
  normalizedName: string
  /** {@link companySimilarity} of the two names; 1 for exact duplicates. */
  score: number
  /** `exact` when the normalised names are equal, else `similar`. */
  reason: 'exact' | 'similar'
}

/**
 * Default similarity threshold. With the bigram Dice measure, "Globex" and
 * "Globexx" (0.91) pass, while "Acme" and "Acme Labs" (0.67) or "Microsoft"
 * and "Mircosoft" (0.63) do not: a changed letter costs two bigrams.
 *
 * Matching uses it for a similar current company. The company warning takes
 * its threshold from the `general.companyWarning` setting instead, which
 * defaults to the stricter 0.85.
 */
export const DEFAULT_COMPANY_SIMILARITY_THRESHOLD = 0.8

/**
 * Finds the candidates that duplicate a company name: exact duplicates have
 * the same {@link normalizeCompanyName} key ("Acme Ltd", "ACME Limited" and
 * "Acme"), and in `similar` mode, other candidates whose
 * {@link companySimilarity} is at least the threshold are added.
 *
 * Candidates whose name is empty once normalised are skipped. The result is
 * sorted by score, highest first, and keeps the input order between equal
 * scores.
 *
 * @returns The duplicates, or an empty array in `off` mode or when `name` is
 *   empty once normalised.
 * @throws {@link InvalidInputError} `invalid_threshold` when the threshold is
 *   not a number from 0 to 1.
 * @example
 * ```ts
 * findCompanyDuplicates('Acme', [{ id: 'c1', name: 'ACME Limited' }, { id: 'c2', name: 'Acme Labs' }], {
 *   mode: 'exact',
 * })
 * // [{ candidate: { id: 'c1', name: 'ACME Limited' }, normalizedName: 'acme', score: 1, reason: 'exact' }]
 * ```
 */
export function findCompanyDuplicates<Candidate extends { name: string | null | undefined }>(
  name: string | null | undefined,
  candidates: readonly Candidate[],
  options: CompanyDuplicateOptions,
): CompanyDuplicate<Candidate>[] {
  const threshold = options.threshold ?? DEFAULT_COMPANY_SIMILARITY_THRESHOLD
  assertThreshold(threshold, 'threshold')

  const normalizedName = normalizeCompanyName(name)
  if (options.mode === 'off' || normalizedName === null) return []

  const duplicates: CompanyDuplicate<Candidate>[] = []
  for (const candidate of candidates) {
    const candidateName = normalizeCompanyName(candidate.name)
    if (candidateName === null) continue

    if (candidateName === normalizedName) {
      duplicates.push({ candidate, normalizedName: candidateName, score: 1, reason: 'exact' })
      continue
    }

    const score = companySimilarity(normalizedName, candidateName)
    if (options.mode === 'similar' && score >= threshold) {
      duplicates.push({ candidate, normalizedName: candidateName, score, reason: 'similar' })
    }
  }

  // Array.prototype.sort is stable, so equal scores keep the input order.
  return duplicates.sort((first, second) => second.score - first.score)
}
