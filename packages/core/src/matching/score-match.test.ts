import { describe, expect, it } from 'vitest'

import { InvalidInputError } from '../normalize/invalid-input-error.js'

import { scoreMatch } from './score-match.js'
import type { MatchCandidate, MatchReasonKind, MatchSubject } from './types.js'

const SUBJECT: MatchSubject = {
  platformPersonId: 'p_123',
  emails: ['Zoe.OBrien@Example.com'],
  linkedInUrls: ['uk.linkedin.com/in/zoe-obrien/'],
  firstName: 'Zoë',
  lastName: "O'Brien-Łukasik",
  companyName: 'Acme Ltd',
}

const BLANK: MatchCandidate = {
  id: 'crm_1',
  emails: [],
  linkedInUrls: [],
  firstName: 'Someone',
  lastName: 'Else',
  companyNames: [],
}

const SAME_NAME = { firstName: 'ZOE', lastName: 'OBrien Lukasik' }

describe('scoreMatch', () => {
  it.each<[string, Partial<MatchCandidate>, number, MatchReasonKind[]]>([
    ['nothing in common', {}, 0, []],
    ['same email', { emails: ['zoe.obrien@example.com'] }, 0.95, ['email']],
    [
      'same LinkedIn profile',
      { linkedInUrls: ['https://www.linkedin.com/in/Zoe-OBrien'] },
      0.9,
      ['linkedin'],
    ],
    [
      'same name and company',
      { ...SAME_NAME, companyNames: ['ACME Limited'] },
      0.75,
      ['name_and_company'],
    ],
    [
      'same name, similar company',
      { ...SAME_NAME, companyNames: ['Acmee'] },
      0.6,
      ['name_and_company'],
    ],
    ['same name, other company', { ...SAME_NAME, companyNames: ['Globex'] }, 0.3, ['name_only']],
    [
      'email and LinkedIn',
      { emails: ['zoe.obrien@example.com'], linkedInUrls: ['linkedin.com/in/zoe-obrien'] },
      0.98,
      ['email', 'linkedin'],
    ],
    [
      'every kind',
      {
        ...SAME_NAME,
        emails: ['zoe.obrien@example.com'],
        linkedInUrls: ['linkedin.com/in/zoe-obrien'],
        companyNames: ['Acme'],
      },
      1,
      ['email', 'linkedin', 'name_and_company'],
    ],
    [
      'LinkedIn with other emails',
      { emails: ['zoe@home.example'], linkedInUrls: ['linkedin.com/in/zoe-obrien'] },
      0.8,
      ['linkedin', 'conflicting_email'],
    ],
    [
      'email with other LinkedIn',
      { emails: ['zoe.obrien@example.com'], linkedInUrls: ['linkedin.com/in/zoe-other'] },
      0.6,
      ['email', 'conflicting_linkedin'],
    ],
    [
      'name and company with conflicts',
      {
        ...SAME_NAME,
        companyNames: ['Acme'],
        emails: ['zoe@home.example'],
        linkedInUrls: ['linkedin.com/in/zoe-other'],
      },
      0.3,
      ['name_and_company', 'conflicting_email', 'conflicting_linkedin'],
    ],
    [
      'conflicts only',
      { emails: ['other@example.com'], linkedInUrls: ['linkedin.com/in/other'] },
      0,
      ['conflicting_email', 'conflicting_linkedin'],
    ],
  ])('scores %s', (_case, change, score, kinds) => {
    const result = scoreMatch(SUBJECT, { ...BLANK, ...change })

    expect(result.candidateId).toBe('crm_1')
    expect(result.score).toBe(score)
    expect(result.reasons.map((reason) => reason.kind)).toEqual(kinds)
  })

  it('scores the stored link 1', () => {
    const candidate = {
      ...BLANK,
      emails: ['other@example.com'],
      linkedInUrls: ['linkedin.com/in/x'],
    }
    const result = scoreMatch(SUBJECT, candidate, { linkedCrmPersonId: 'crm_1' })

    expect(result.score).toBe(1)
    expect(result.reasons.map((reason) => reason.kind)).toEqual([
      'stored_link',
      'conflicting_email',
      'conflicting_linkedin',
    ])
  })

  it('ignores a link to another person', () => {
    const result = scoreMatch(SUBJECT, BLANK, { linkedCrmPersonId: 'crm_2' })

    expect(result.score).toBe(0)
    expect(result.reasons).toEqual([])
  })

  it('names the shared values', () => {
    const result = scoreMatch(SUBJECT, {
      ...BLANK,
      ...SAME_NAME,
      emails: ['ZOE.OBRIEN@EXAMPLE.COM'],
      companyNames: ['ACME Limited'],
    })

    expect(result.reasons[0]?.detail).toBe('same email: zoe.obrien@example.com')
    expect(result.reasons[1]?.detail).toBe(
      'same name (ZOE OBrien Lukasik) and current company (ACME Limited)',
    )
  })

  it('uses the company similarity option', () => {
    const candidate = { ...BLANK, ...SAME_NAME, companyNames: ['Acmee'] }

    expect(scoreMatch(SUBJECT, candidate, { companySimilarityThreshold: 0.9 }).score).toBe(0.3)
  })

  it.each([-0.5, 1.5, Number.NaN])('rejects company threshold %s', (threshold) => {
    const call = () => scoreMatch(SUBJECT, BLANK, { companySimilarityThreshold: threshold })

    expect(call).toThrow(InvalidInputError)
    expect(call).toThrow(
      expect.objectContaining({ code: 'invalid_threshold', field: 'companySimilarityThreshold' }),
    )
  })

  it('ignores invalid emails and URLs', () => {
    const subject = {
      ...SUBJECT,
      emails: ['not an email'],
      linkedInUrls: ['https://example.com/in/zoe'],
    }
    const candidate = {
      ...BLANK,
      emails: ['not an email'],
      linkedInUrls: ['https://example.com/in/zoe'],
    }

    expect(scoreMatch(subject, candidate)).toEqual({ candidateId: 'crm_1', score: 0, reasons: [] })
  })
})
