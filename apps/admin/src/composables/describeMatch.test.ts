import { describe, expect, it } from 'vitest'

import type { PreviewMatch } from '../api/types.js'
import { describeMatch } from './describeMatch.js'

describe('describeMatch', () => {
  it.each<[PreviewMatch, string]>([
    [
      { kind: 'merging_off' },
      'Merging is off, so the person is always created as a new CRM person.',
    ],
    [{ kind: 'none' }, 'No CRM person matches, so a new one would be created.'],
    [
      { kind: 'linked', crmPersonId: '7', score: 1, reasons: [] },
      'Linked to CRM person 7 by an earlier sync.',
    ],
    [
      {
        kind: 'matched',
        crmPersonId: '501',
        score: 0.974,
        reasons: [{ kind: 'email', detail: 'same e-mail zoe@example.test' }],
      },
      'Matched CRM person 501 with a score of 97%: same e-mail zoe@example.test.',
    ],
    [
      {
        kind: 'needs_review',
        why: 'ambiguous',
        candidates: [
          { candidate: { id: '1' }, score: 0.6, reasons: [] },
          { candidate: { id: '2' }, score: 0.6, reasons: [] },
        ],
      },
      'A sync would wait for review, because two candidates are too close to call (candidates: 1, 2); the plan shows a new person.',
    ],
  ])('describes %j', (match, expected) => {
    expect(describeMatch(match)).toBe(expected)
  })
})
