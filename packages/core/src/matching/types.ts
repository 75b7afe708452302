/** The person talent-sync wants to write, as far as matching needs it. */
export interface MatchSubject {
  /** Platform person id. */
  platformPersonId: string
  /** Email addresses, in any case; invalid ones are ignored. */
  emails: readonly string[]
  /** LinkedIn profile URLs, in any of the forms {@link normalizeLinkedInUrl} accepts. */
  linkedInUrls: readonly string[]
  firstName?: string | null
  lastName?: string | null
  /** Name of the person's current company. */
  companyName?: string | null
}

/** A person that already exists in the CRM. */
export interface MatchCandidate {
  /** CRM person id. */
  id: string
  emails: readonly string[]
  linkedInUrls: readonly string[]
  firstName?: string | null
  lastName?: string | null
  /** Names of the companies of the person's current positions. */
  companyNames: readonly string[]
}

/**
 * Kind of evidence behind a match, strongest first: the link stored when
 * talent-sync wrote the person, a shared email, a shared LinkedIn profile,
 * the same name at the same current company, or the same name alone. The two
 * `conflicting_` kinds count against a match: both records have emails, or
 * LinkedIn profiles, and none is shared.
 */
export type MatchReasonKind =
  | 'stored_link'
  | 'email'
  | 'linkedin'
  | 'name_and_company'
  | 'name_only'
  | 'conflicting_email'
  | 'conflicting_linkedin'

/** One piece of evidence for or against a match. */
export interface MatchReason {
  kind: MatchReasonKind
  /** Human-readable explanation naming the values compared. */
  detail: string
}

/** Result of {@link scoreMatch} for one candidate. */
export interface MatchScore {
  candidateId: string
  /** Confidence from 0 to 1 that the candidate is the subject. */
  score: number
  /** Evidence behind the score, strongest first. */
  reasons: MatchReason[]
}

/** A candidate with its score, as {@link decideMatch} ranks them. */
export interface ScoredCandidate {
  candidate: MatchCandidate
  score: number
  reasons: MatchReason[]
}

/**
 * Outcome of {@link decideMatch}:
 * - `linked`: the subject was already written to the CRM person `crmPersonId`.
 * - `matched`: one candidate is the subject with enough confidence.
 * - `none`: no candidate has any evidence, so a new CRM person may be created.
 * - `needs_review`: a person must choose, because the best score is too low,
 *   its evidence conflicts, or two candidates are too close to call.
 */
export type MatchDecision =
  | {
      kind: 'linked'
      crmPersonId: string
      /** The linked CRM person when it is among the candidates, else `null`. */
      candidate: MatchCandidate | null
      score: 1
      reasons: MatchReason[]
    }
  | { kind: 'matched'; candidate: MatchCandidate; score: number; reasons: MatchReason[] }
  | { kind: 'none' }
  | {
      kind: 'needs_review'
      /** Candidates with at least the review score, best first. */
      candidates: ScoredCandidate[]
      why: 'low_confidence' | 'conflicting_evidence' | 'ambiguous'
    }
