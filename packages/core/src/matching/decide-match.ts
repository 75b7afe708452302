import { assertThreshold, InvalidInputError } from '../normalize/invalid-input-error.js'
import { normalizeText } from '../normalize/text.js'

import { scoreMatch, storedLinkReason, type ScoreMatchOptions } from './score-match.js'
import type { MatchCandidate, MatchDecision, MatchSubject, ScoredCandidate } from './types.js'

/** Options of {@link decideMatch}; every score is from 0 to 1. */
export interface DecideMatchOptions extends ScoreMatchOptions {
  /** Lowest score accepted as a match without review; defaults to {@link DEFAULT_MATCH_THRESHOLDS}. */
  minMatchScore?: number
  /** Lowest score that makes a candidate worth a review; candidates below it are ignored. */
  minReviewScore?: number
  /** Best and second-best scores closer than this are too close to call. */
  ambiguityMargin?: number
}

/**
 * Default thresholds of {@link decideMatch}. With {@link MATCH_WEIGHTS}, an
 * email, a LinkedIn profile or a name with the same current company matches
 * (0.95, 0.9, 0.75). A name with a similar company (0.6), a name alone (0.3),
 * and an email or profile contradicted by different LinkedIn profiles (0.6 or
 * less) go to review. An email match beats a LinkedIn match of another
 * candidate only by 0.05, less than the 0.1 margin, so that pair goes to
 * review too.
 */
export const DEFAULT_MATCH_THRESHOLDS = {
  minMatchScore: 0.7,
  minReviewScore: 0.3,
  ambiguityMargin: 0.1,
} as const

/**
 * Decides which CRM person, if any, is the subject. The rule order is: the
 * stored link first, then exact email (case-insensitive), then normalised
 * LinkedIn URL, then name and current company, as weighted by
 * {@link scoreMatch}.
 *
 * - With `linkedCrmPersonId`, the result is always `linked`. It carries the
 *   candidate of that id when the list contains it, else the caller fetches
 *   the record.
 * - Candidates below `minReviewScore` are dropped; with none left, `none`.
 * - When the best score is below `minMatchScore`, `needs_review` with why
 *   `conflicting_evidence` if its reasons include a conflict, else
 *   `low_confidence`.
 * - When the two best scores differ by less than `ambiguityMargin`,
 *   `needs_review` with why `ambiguous`.
 * - Otherwise `matched` with the best candidate.
 *
 * Ties are ranked by candidate id, so the same input gives the same result.
 *
 * @throws {@link InvalidInputError} `invalid_threshold` when a threshold is
 *   outside 0..1 or `minReviewScore` exceeds `minMatchScore`.
 */
export function decideMatch(
  subject: MatchSubject,
  candidates: readonly MatchCandidate[],
  options: DecideMatchOptions = {},
): MatchDecision {
  const thresholds = resolveThresholds(options)

  const ranked: ScoredCandidate[] = candidates
    .map((candidate) => {
      const { score, reasons } = scoreMatch(subject, candidate, options)
      return { candidate, score, reasons }
    })
    .sort(compareScored)

  const linkedId = normalizeText(options.linkedCrmPersonId)
  if (linkedId !== null) {
    const linked = ranked.find((entry) => entry.candidate.id === linkedId)
    return {
      kind: 'linked',
      crmPersonId: linkedId,
      candidate: linked?.candidate ?? null,
      score: 1,
      reasons: linked?.reasons ?? [storedLinkReason(linkedId)],
    }
  }

  const worthReview = ranked.filter((entry) => entry.score >= thresholds.minReviewScore)
  const [best, second] = worthReview
  if (best === undefined) return { kind: 'none' }

  if (best.score < thresholds.minMatchScore) {
    const hasConflict = best.reasons.some((reason) => reason.kind.startsWith('conflicting_'))
    const why = hasConflict ? 'conflicting_evidence' : 'low_confidence'
    return { kind: 'needs_review', candidates: worthReview, why }
  }

  if (second !== undefined && best.score - second.score < thresholds.ambiguityMargin) {
    return { kind: 'needs_review', candidates: worthReview, why: 'ambiguous' }
  }

  return { kind: 'matched', candidate: best.candidate, score: best.score, reasons: best.reasons }
}

function compareScored(first: ScoredCandidate, second: ScoredCandidate): number {
  if (first.score !== second.score) return second.score - first.score
  if (first.candidate.id === second.candidate.id) return 0

  return first.candidate.id < second.candidate.id ? -1 : 1
}

function resolveThresholds(
  options: DecideMatchOptions,
): Required<Pick<DecideMatchOptions, 'minMatchScore' | 'minReviewScore' | 'ambiguityMargin'>> {
  const thresholds = {
    minMatchScore: options.minMatchScore ?? DEFAULT_MATCH_THRESHOLDS.minMatchScore,
    minReviewScore: options.minReviewScore ?? DEFAULT_MATCH_THRESHOLDS.minReviewScore,
    ambiguityMargin: options.ambiguityMargin ?? DEFAULT_MATCH_THRESHOLDS.ambiguityMargin,
  }

  for (const [name, value] of Object.entries(thresholds)) assertThreshold(value, name)
  if (options.companySimilarityThreshold !== undefined) {
    assertThreshold(options.companySimilarityThreshold, 'companySimilarityThreshold')
  }
  if (thresholds.minReviewScore > thresholds.minMatchScore) {
    throw new InvalidInputError(
      'invalid_threshold',
      'minReviewScore',
      `Match option minReviewScore (${thresholds.minReviewScore}) must not exceed minMatchScore (${thresholds.minMatchScore}).`,
    )
  }

  return thresholds
}
