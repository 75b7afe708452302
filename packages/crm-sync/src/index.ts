/**
 * The adapter between `@talent-sync/core` and `@talent-sync/clockwork`: it
 * turns a Clockwork person into core's snapshot and match candidate, and
 * searches the CRM for the person a platform person matches. The functions
 * are pure except the searches, which call only the client passed in.
 *
 * @packageDocumentation
 */
export { isCurrentPosition, toCrmSnapshot } from './crm-snapshot.js'
export { toMatchCandidate, toMatchSubject } from './match-candidate.js'
export {
  SEARCH_PAGE_SIZE,
  findMatch,
  findMatchCandidates,
  matchQueries,
  type PeopleSearchClient,
} from './find-match.js'
