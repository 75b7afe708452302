import { describe, expect, it } from 'vitest'

import { normalizeLinkedInUrl } from './linkedin.js'
import { normalizeProfileUrl } from './profile-url.js'
import { normalizeUrl } from './url.js'

describe('normalizeProfileUrl', () => {
  it.each([
    ['http://m.linkedin.com/in/Ada-Lovelace/#about', true],
    ['uk.linkedin.com/in/J%C3%BCrgen-M%C3%BCller/?trk=x', true],
    ['https://www.linkedin.com/pub/ada-lovelace/1/2a/3b4', true],
    ['https://www.linkedin.com/company/acme?utm_source=mail', false],
    ['https://www.linkedin.com/jobs/view/123', false],
    ['http://GitHub.com/octocat/?utm_source=mail', false],
    ['example.com:8080/talks#latest', false],
  ])('normalises %j once', (input, isLinkedInProfile) => {
    const expected = normalizeLinkedInUrl(input) ?? normalizeUrl(input)

    expect(normalizeProfileUrl(input)).toEqual({ url: expected, isLinkedInProfile })
  })

  it.each([[null], [''], ['javascript:alert(1)'], ['https://user:secret@example.com']])(
    'returns null for %j',
    (input) => {
      expect(normalizeProfileUrl(input)).toBeNull()
    },
  )
})
