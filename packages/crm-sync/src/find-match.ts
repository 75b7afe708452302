import type { ClockworkCallOptions, ClockworkClient } from '@talent-sync/clockwork'
import {
  decideMatch,
  type MatchCandidate,
  type MatchDecision,
  type MatchSubject,
} from '@talent-sync/core'

import { toMatchCandidate } from './match-candidate.js'

/**
 * Candidates read per search. A search that returns more is too broad to
 * decide on automatically, so the extra hits fall to review through low scores.
 */
export const SEARCH_PAGE_SIZE = 20

/** The part of the Clockwork client that a match search calls. */
export type PeopleSearchClient = Pick<ClockworkClient, 'searchPeople'>

/** Lists the free-text searches that can find the subject: each e-mail, the LinkedIn URL, then the name. */
export function matchQueries(subject: MatchSubject): string[] {
  const name = [subject.firstName, subject.lastName].filter((part) => part?.trim()).join(' ')
  const queries = [...subject.emails, ...subject.linkedInUrls, name]
    .map((query) => query.trim())
    .filter((query) => query !== '')
  return [...new Set(queries)]
}

/**
 * Searches existing CRM people for the subject with the CRM's free-text
 * search (by e-mail, LinkedIn URL and name, one page each) and returns each
 * person found once. Makes one CRM call per query.
 */
export async function findMatchCandidates(
  client: PeopleSearchClient,
  subject: MatchSubject,
  signal?: AbortSignal,
): Promise<MatchCandidate[]> {
  const candidates = new Map<string, MatchCandidate>()
  const options: ClockworkCallOptions = signal === undefined ? {} : { signal }

  for (const query of matchQueries(subject)) {
    const result = await client.searchPeople(
      { q: query, limit: SEARCH_PAGE_SIZE, page: 1 },
      options,
    )
    for (const person of result.peopleSearch) {
      if (!candidates.has(person.id)) candidates.set(person.id, toMatchCandidate(person))
    }
  }

  return [...candidates.values()]
}

/**
 * Finds the subject among existing CRM people with {@link findMatchCandidates},
 * then lets core's `decideMatch` score the candidates found.
 */
export async function findMatch(
  client: PeopleSearchClient,
  subject: MatchSubject,
  signal?: AbortSignal,
): Promise<MatchDecision> {
  const candidates = await findMatchCandidates(client, subject, signal)
  return decideMatch(subject, candidates)
}
