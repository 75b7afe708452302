import type { PersonDetail } from '@talent-sync/clockwork'
import type { MatchCandidate, MatchSubject, Person } from '@talent-sync/core'

import { isCurrentPosition } from './crm-snapshot.js'

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

/** Describes a Clockwork person as a match candidate: emails, LinkedIn URLs, name and current companies. */
export function toMatchCandidate(
  person: Pick<PersonDetail, 'id' | 'firstName' | 'lastName' | 'emails' | 'positions'> & {
    linkedinUrls?: readonly { url: string }[]
    preferredLinkedinUrl?: string | null
  },
): MatchCandidate {
  const linkedInUrls = (person.linkedinUrls ?? []).map((link) => link.url)
  if (linkedInUrls.length === 0 && person.preferredLinkedinUrl)
    linkedInUrls.push(person.preferredLinkedinUrl)

  return {
    id: person.id,
    emails: person.emails.map((email) => email.address),
    linkedInUrls,
    firstName: person.firstName ?? null,
    lastName: person.lastName ?? null,
    companyNames: person.positions
      .filter(isCurrentPosition)
      .map((position) => position.companyName?.trim() ?? '')
      .filter((name) => name !== ''),
  }
}
