import { describe, expect, it } from 'vitest'

import { InvalidInputError } from '../normalize/invalid-input-error.js'

import { decideMatch, type DecideMatchOptions } from './decide-match.js'
import type { MatchCandidate, MatchDecision, MatchSubject } from './types.js'

const SUBJECT: MatchSubject = {
  platformPersonId: 'p_123',
  emails: ['ada@example.com'],
  linkedInUrls: ['https://www.linkedin.com/in/ada-lovelace'],
  firstName: 'Ada',
  lastName: 'Lovelace',
  companyName: 'Analytical Engines Ltd',
}

function candidate(id: string, change: Partial<MatchCandidate> = {}): MatchCandidate {
  return {
    id,
    emails: [],
    linkedInUrls: [],
    firstName: 'Other',
    lastName: 'Person',
    companyNames: [],
    ...change,
  }
}

const BY_EMAIL = candidate('crm_email', { emails: ['ADA@example.com'] })
const BY_LINKEDIN = candidate('crm_linkedin', { linkedInUrls: ['linkedin.com/in/Ada-Lovelace/'] })
const BY_NAME_AND_COMPANY = candidate('crm_name_company', {
  firstName: 'ada',
  lastName: 'LOVELACE',
  companyNames: ['Analytical Engines Limited'],
})
const BY_NAME = candidate('crm_name', {
  firstName: 'Ada',
  lastName: 'Lovelace',
  companyNames: ['Globex'],
})
const STRANGER = candidate('crm_stranger')

function reviewIds(decision: MatchDecision): string[] {
  if (decision.kind !== 'needs_review')
    throw new Error(`expected needs_review, got ${decision.kind}`)
  return decision.candidates.map((entry) => entry.candidate.id)
}

describe('decideMatch', () => {
  it('returns the stored link first', () => {
    const decision = decideMatch(SUBJECT, [BY_EMAIL, STRANGER], {
      linkedCrmPersonId: 'crm_stranger',
    })

    expect(decision).toEqual({
      kind: 'linked',
      crmPersonId: 'crm_stranger',
      candidate: STRANGER,
      score: 1,
      reasons: [{ kind: 'stored_link', detail: expect.stringContaining('crm_stranger') }],
    })
  })

  it('returns a stored link missing from the candidates', () => {
    const decision = decideMatch(SUBJECT, [BY_EMAIL], { linkedCrmPersonId: 'crm_gone' })

    expect(decision).toMatchObject({ kind: 'linked', crmPersonId: 'crm_gone', candidate: null })
    expect(decision).toMatchObject({ reasons: [{ kind: 'stored_link' }] })
  })

  it.each<[string, MatchCandidate[], string, number]>([
    ['email over name and company', [BY_NAME_AND_COMPANY, BY_EMAIL], 'crm_email', 0.95],
    ['LinkedIn over name and company', [BY_NAME_AND_COMPANY, BY_LINKEDIN], 'crm_linkedin', 0.9],
    ['name and company over name only', [BY_NAME, BY_NAME_AND_COMPANY], 'crm_name_company', 0.75],
    ['email alone', [STRANGER, BY_EMAIL], 'crm_email', 0.95],
  ])('matches by %s', (_case, candidates, expectedId, score) => {
    const decision = decideMatch(SUBJECT, candidates)

    expect(decision).toMatchObject({ kind: 'matched', candidate: { id: expectedId }, score })
  })

  it.each<[string, MatchCandidate[]]>([
    ['no candidates', []],
    ['only strangers', [STRANGER, candidate('crm_2')]],
    [
      'only conflicts',
      [candidate('crm_3', { emails: ['x@example.com'], linkedInUrls: ['linkedin.com/in/x'] })],
    ],
  ])('returns none for %s', (_case, candidates) => {
    expect(decideMatch(SUBJECT, candidates)).toEqual({ kind: 'none' })
  })

  it.each<
    [string, MatchCandidate[], 'low_confidence' | 'conflicting_evidence' | 'ambiguous', string[]]
  >([
    ['name only', [BY_NAME, STRANGER], 'low_confidence', ['crm_name']],
    [
      'name and similar company',
      [
        candidate('crm_similar', {
          firstName: 'Ada',
          lastName: 'Lovelace',
          companyNames: ['Analytical Engine'],
        }),
      ],
      'low_confidence',
      ['crm_similar'],
    ],
    [
      'email against other LinkedIn',
      [
        candidate('crm_conflict', {
          emails: ['ada@example.com'],
          linkedInUrls: ['linkedin.com/in/ada-byron'],
        }),
      ],
      'conflicting_evidence',
      ['crm_conflict'],
    ],
    [
      'two email matches',
      [BY_EMAIL, candidate('crm_email_2', { emails: ['ada@example.com'] })],
      'ambiguous',
      ['crm_email', 'crm_email_2'],
    ],
    ['email against LinkedIn', [BY_LINKEDIN, BY_EMAIL], 'ambiguous', ['crm_email', 'crm_linkedin']],
    [
      'two name and company matches',
      [BY_NAME_AND_COMPANY, candidate('crm_twin', { ...BY_NAME_AND_COMPANY, id: 'crm_twin' })],
      'ambiguous',
      ['crm_name_company', 'crm_twin'],
    ],
  ])('parks %s for review', (_case, candidates, why, ids) => {
    const decision = decideMatch(SUBJECT, candidates)

    expect(decision).toMatchObject({ kind: 'needs_review', why })
    expect(reviewIds(decision)).toEqual(ids)
  })

  it.each<[string, DecideMatchOptions, MatchCandidate[], string]>([
    ['lower match score', { minMatchScore: 0.3 }, [BY_NAME], 'matched'],
    ['higher match score', { minMatchScore: 0.96 }, [BY_EMAIL], 'needs_review'],
    ['higher review score', { minReviewScore: 0.31 }, [BY_NAME], 'none'],
    ['no margin', { ambiguityMargin: 0 }, [BY_LINKEDIN, BY_EMAIL], 'matched'],
    ['wide margin', { ambiguityMargin: 0.7 }, [BY_EMAIL, BY_NAME], 'needs_review'],
  ])('follows the %s option', (_case, options, candidates, kind) => {
    expect(decideMatch(SUBJECT, candidates, options).kind).toBe(kind)
  })

  it('ranks equal scores by id', () => {
    const decision = decideMatch(SUBJECT, [
      candidate('b', { emails: ['ada@example.com'] }),
      candidate('a', { emails: ['ada@example.com'] }),
    ])

    expect(reviewIds(decision)).toEqual(['a', 'b'])
  })

  it.each<[DecideMatchOptions, string]>([
    [{ minMatchScore: 1.1 }, 'minMatchScore'],
    [{ minMatchScore: Number.NaN }, 'minMatchScore'],
    [{ minReviewScore: -0.1 }, 'minReviewScore'],
    [{ ambiguityMargin: 2 }, 'ambiguityMargin'],
    [{ minMatchScore: 0.5, minReviewScore: 0.6 }, 'minReviewScore'],
    [{ companySimilarityThreshold: 1.5 }, 'companySimilarityThreshold'],
  ])('rejects options %j', (options, field) => {
    const call = () => decideMatch(SUBJECT, [], options)

    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_threshold', field }))
  })
})
