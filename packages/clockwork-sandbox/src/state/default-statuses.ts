/**
 * Candidate statuses a new Clockwork firm starts with, in the order the
 * Clockwork help centre lists them. Firms can add more.
 */
export const DEFAULT_CANDIDATE_STATUSES: readonly string[] = [
  'Placed',
  'Offer Extended',
  'Finalist',
  'Interviewing',
  'Candidate',
  'Qualifying',
  'Pursuing',
  'Potential Candidate',
  'Research',
  'Turned Off',
  'Disqualified',
  'DQ by Client',
  'Withdrew',
  'Timing Off',
  'Offer Declined',
  'Not Responding',
  'Not Interested',
  'Location Issue',
  'On Hold',
  'Source',
  'Reference',
  'Benchmark',
  'Remove from Project',
]
