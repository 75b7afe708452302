/**
 * Matching of a person against existing CRM people: evidence, scores and the
 * decision to link, match, create or park the person for review.
 *
 * @packageDocumentation
 */

export { DEFAULT_MATCH_THRESHOLDS, decideMatch, type DecideMatchOptions } from './decide-match.js'
export { MATCH_WEIGHTS, scoreMatch, type ScoreMatchOptions } from './score-match.js'
export type {
  MatchCandidate,
  MatchDecision,
  MatchReason,
  MatchReasonKind,
  MatchScore,
  MatchSubject,
  ScoredCandidate,
} from './types.js'
