import type { PreviewMatch } from '../api/types.js'

const REVIEW_REASONS: Record<string, string> = {
  low_confidence: 'the best candidate scores too low',
  conflicting_evidence: 'the evidence conflicts',
  ambiguous: 'two candidates are too close to call',
}

/** Describes in one sentence how the preview chose the CRM person it plans against. */
export function describeMatch(match: PreviewMatch): string {
  switch (match.kind) {
    case 'merging_off':
      return 'Merging is off, so the person is always created as a new CRM person.'
    case 'none':
      return 'No CRM person matches, so a new one would be created.'
    case 'linked':
      return `Linked to CRM person ${match.crmPersonId} by an earlier sync.`
    case 'matched': {
      const evidence = match.reasons.map((reason) => reason.detail).join('; ')
      return `Matched CRM person ${match.crmPersonId} with a score of ${Math.round(match.score * 100)}%: ${evidence}.`
    }
    case 'needs_review': {
      const ids = match.candidates.map((entry) => entry.candidate.id).join(', ')
      const why = REVIEW_REASONS[match.why] ?? match.why
      return `A sync would wait for review, because ${why} (candidates: ${ids}); the plan shows a new person.`
    }
  }
}
