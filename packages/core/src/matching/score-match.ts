import { DEFAULT_COMPANY_SIMILARITY_THRESHOLD } from '../company/duplicates.js'
import { assertThreshold } from '../normalize/invalid-input-error.js'
import { normalizeText } from '../normalize/text.js'

import { compareCompanies, compareEmails, compareLinkedInUrls, namesMatch } from './evidence.js'
import type { MatchCandidate, MatchReason, MatchScore, MatchSubject } from './types.js'

/**
 * Score of each kind of evidence. A candidate scores its strongest positive
 * evidence, plus {@link MATCH_WEIGHTS}.corroboration for each further positive
 * kind, minus the conflict penalties, clamped to 0..1. The order follows the
 * matching rule: stored link, then email, then LinkedIn, then name and company.
 */
export const MATCH_WEIGHTS = {
  // NOTE: these weights are reasoned defaults, not fitted to labelled CRM data.
  stored_link: 1,
  email: 0.95,
  linkedin: 0.9,
  name_and_company: 0.75,
  /** Same name, and a current company whose name is only similar. */
  name_and_similar_company: 0.6,
  name_only: 0.3,
  /** Added for each positive kind beyond the strongest. */
  corroboration: 0.03,
  /** Subtracted when both have emails and none is shared, since people change addresses. */
  conflicting_email: 0.1,
  /** Subtracted when both have LinkedIn profiles and none is shared, since a person has one profile. */
  conflicting_linkedin: 0.35,
} as const

/** Options of {@link scoreMatch}. */
export interface ScoreMatchOptions {
  /** CRM person id that talent-sync stored when it last wrote the subject. */
  linkedCrmPersonId?: string | null
  /** Lowest {@link companySimilarity} for a similar company; defaults to {@link DEFAULT_COMPANY_SIMILARITY_THRESHOLD}. */
  companySimilarityThreshold?: number
}

/**
 * Scores how likely a CRM person is the subject, from 0 to 1, with the
 * evidence behind the score, strongest first. The candidate that the stored
 * link names scores 1 whatever else differs, because talent-sync itself wrote
 * that record. Emails compare case-insensitively, LinkedIn URLs in canonical
 * form, names without case or accents, and companies by their normalised name.
 * See {@link MATCH_WEIGHTS} for the score of each kind of evidence.
 *
 * @throws {@link InvalidInputError} `invalid_threshold` when the company
 *   similarity threshold is outside 0..1.
 *
 * @example
 * ```ts
 * scoreMatch(
 *   { platformPersonId: 'p_1', emails: ['Zoe@Example.com'], linkedInUrls: [] },
 *   { id: 'crm_7', emails: ['zoe@example.com'], linkedInUrls: [], companyNames: [] },
 * )
 * // { candidateId: 'crm_7', score: 0.95, reasons: [{ kind: 'email', detail: '…' }] }
 * ```
 */
export function scoreMatch(
  subject: MatchSubject,
  candidate: MatchCandidate,
  options: ScoreMatchOptions = {},
): MatchScore {
  const weighted = collectReasons(subject, candidate, options)
  const reasons = weighted.map(({ kind, detail }) => ({ kind, detail }))

  return { candidateId: candidate.id, score: combineWeights(weighted), reasons }
}

/** Builds the `stored_link` reason for a stored link to the CRM person `crmPersonId`. */
export function storedLinkReason(crmPersonId: string): MatchReason {
  return {
    kind: 'stored_link',
    detail: `talent-sync stored a link from this person to CRM person ${crmPersonId}`,
  }
}

// Reasons carry their weight until the score is combined, because the same
// kind can weigh differently (a name with a same or a similar company).
type WeightedReason = MatchReason & { weight: number }

function combineWeights(reasons: readonly WeightedReason[]): number {
  if (reasons.some((reason) => reason.kind === 'stored_link')) return MATCH_WEIGHTS.stored_link

  const positive = reasons.filter((reason) => reason.weight > 0)
  const penalty = reasons
    .filter((reason) => reason.weight < 0)
    .reduce((sum, reason) => sum + reason.weight, 0)
  if (positive.length === 0) return 0

  const strongest = Math.max(...positive.map((reason) => reason.weight))
  const score = strongest + MATCH_WEIGHTS.corroboration * (positive.length - 1) + penalty

  // Rounded so sums such as 0.95 + 0.03 compare equal to the written value.
  return Math.min(1, Math.max(0, Math.round(score * 1e6) / 1e6))
}

function collectReasons(
  subject: MatchSubject,
  candidate: MatchCandidate,
  options: ScoreMatchOptions,
): WeightedReason[] {
  const threshold = companyThreshold(options)
  const reasons: WeightedReason[] = []

  const linkedId = normalizeText(options.linkedCrmPersonId)
  if (linkedId !== null && linkedId === candidate.id) {
    reasons.push({ ...storedLinkReason(linkedId), weight: MATCH_WEIGHTS.stored_link })
  }

  reasons.push(...emailReasons(subject, candidate), ...linkedInReasons(subject, candidate))

  if (namesMatch(subject, candidate)) reasons.push(nameReason(subject, candidate, threshold))

  return reasons.sort((first, second) => second.weight - first.weight)
}

function companyThreshold(options: ScoreMatchOptions): number {
  const threshold = options.companySimilarityThreshold ?? DEFAULT_COMPANY_SIMILARITY_THRESHOLD
  assertThreshold(threshold, 'companySimilarityThreshold')

  return threshold
}

function emailReasons(subject: MatchSubject, candidate: MatchCandidate): WeightedReason[] {
  const emails = compareEmails(subject.emails, candidate.emails)

  if (emails.shared.length > 0) {
    const detail = `same email: ${emails.shared.join(', ')}`
    return [{ kind: 'email', weight: MATCH_WEIGHTS.email, detail }]
  }
  if (emails.bothPresent) {
    const detail = 'both have emails, but none in common'
    return [{ kind: 'conflicting_email', weight: -MATCH_WEIGHTS.conflicting_email, detail }]
  }
  return []
}

function linkedInReasons(subject: MatchSubject, candidate: MatchCandidate): WeightedReason[] {
  const profiles = compareLinkedInUrls(subject.linkedInUrls, candidate.linkedInUrls)

  if (profiles.shared.length > 0) {
    const detail = `same LinkedIn profile: ${profiles.shared.join(', ')}`
    return [{ kind: 'linkedin', weight: MATCH_WEIGHTS.linkedin, detail }]
  }
  if (profiles.bothPresent) {
    const detail = 'both have LinkedIn profiles, but none in common'
    return [{ kind: 'conflicting_linkedin', weight: -MATCH_WEIGHTS.conflicting_linkedin, detail }]
  }
  return []
}

function nameReason(
  subject: MatchSubject,
  candidate: MatchCandidate,
  companySimilarityThreshold: number,
): WeightedReason {
  const name = [candidate.firstName, candidate.lastName].filter(Boolean).join(' ')
  const company = compareCompanies(
    subject.companyName,
    candidate.companyNames,
    companySimilarityThreshold,
  )

  if (company.kind === 'same') {
    const detail = `same name (${name}) and current company (${company.companyName})`
    return { kind: 'name_and_company', weight: MATCH_WEIGHTS.name_and_company, detail }
  }
  if (company.kind === 'similar') {
    const detail = `same name (${name}) and a similar current company (${company.companyName})`
    return { kind: 'name_and_company', weight: MATCH_WEIGHTS.name_and_similar_company, detail }
  }
  return { kind: 'name_only', weight: MATCH_WEIGHTS.name_only, detail: `same name (${name}) only` }
}
