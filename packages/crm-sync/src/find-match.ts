import {
  decideMatch,
  type MatchCandidate,
  type MatchDecision,
  type MatchSubject,
  type Person,
} from '@talent-sync/core'

import type { ConnectedCrm } from '../crm/team-clients.js'
import { toMatchCandidate } from '../crm/crm-snapshot.js'

// Candidates read per search. A search that returns more is too broad to
// decide on automatically; the extra hits fall to review through low scores.
const SEARCH_PAGE_SIZE = 20

/** Describes a platform person for matching. */
export function toMatchSubject(person: Person): MatchSubject {
  const linkedin = person.socialUrls.linkedin
  return {
    platformPersonId: person.id,
    emails: person.emails.map((email) => email.address),
    linkedInUrls: linkedin === undefined || linkedin === null ? [] : [linkedin],
    firstName: person.firstName ?? null,
    lastName: person.lastName ?? null,
    companyName: person.companyName ?? null,
  }
}

/** Lists the free-text searches that can find the subject: each e-mail, the LinkedIn URL, then the name. */
export function matchQueries(subject: MatchSubject): string[] {
  const name = [subject.firstName, subject.lastName].filter((part) => part?.trim()).join(' ')
  const queries = [...subject.emails, ...subject.linkedInUrls, name]
    .map((query) => query.trim())
    .filter((query) => query !== '')
  return [...new Set(queries)]
}

/**
 * Looks for the subject among existing CRM people with the CRM's free-text
 * search (by e-mail, LinkedIn URL and name, one page each), then lets core's
 * `decideMatch` score the candidates found. Makes one CRM call per query.
 */
export async function findMatch(
  crm: ConnectedCrm,
  subject: MatchSubject,
  signal?: AbortSignal,
): Promise<MatchDecision> {
  const candidates = new Map<string, MatchCandidate>()

  for (const query of matchQueries(subject)) {
    const result = await crm.client.searchPeople(
      { q: query, limit: SEARCH_PAGE_SIZE, page: 1 },
      signal === undefined ? {} : { signal },
    )
    for (const person of result.peopleSearch) {
      if (!candidates.has(person.id)) candidates.set(person.id, toMatchCandidate(person))
    }
  }

  return decideMatch(subject, [...candidates.values()])
}
