import type { FieldValue } from '@talent-sync/core'
import { describe, expect, it } from 'vitest'

import { formatFieldValue } from './formatFieldValue.js'

describe('formatFieldValue', () => {
  it.each<[FieldValue | null, string]>([
    [null, '(empty)'],
    [{ type: 'text', value: 'Zoë' }, 'Zoë'],
    [{ type: 'boolean', value: false }, 'No'],
    [{ type: 'tags', value: [] }, '(empty)'],
    [
      { type: 'url_list', value: ['https://a.test', 'https://b.test'] },
      'https://a.test, https://b.test',
    ],
    [
      { type: 'email_list', value: [{ address: 'zoe@example.test', location: 'work' }] },
      'zoe@example.test (work)',
    ],
    [
      {
        type: 'phone_list',
        value: [{ number: '+442079460000', extension: '12', location: 'work' }],
      },
      '+442079460000 ext. 12',
    ],
    [
      { type: 'address_list', value: [{ formatted: 'London, United Kingdom' }] },
      'London, United Kingdom',
    ],
    [
      {
        type: 'positions',
        value: [
          {
            title: 'CTO',
            companyName: 'Acme',
            start: { year: 2019, month: 4 },
            end: null,
            current: true,
            description: null,
          },
          {
            title: 'Engineer',
            companyName: null,
            start: null,
            end: null,
            current: false,
            description: null,
          },
        ],
      },
      'CTO at Acme (2019-04–now), Engineer',
    ],
    [
      {
        type: 'educations',
        value: [
          { schoolName: 'Uni', degree: 'BSc', fieldOfStudy: null, startYear: 2010, endYear: 2014 },
        ],
      },
      'Uni, BSc',
    ],
  ])('formats %j', (value, expected) => {
    expect(formatFieldValue(value)).toBe(expected)
  })
})
