import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { normalizeLinkedInUrl, parseLinkedInUrl } from './linkedin.js'

const ADA = 'https://www.linkedin.com/in/ada-lovelace'

describe('normalizeLinkedInUrl', () => {
  it.each([
    ['canonical', 'https://www.linkedin.com/in/ada-lovelace'],
    ['http', 'http://www.linkedin.com/in/ada-lovelace'],
    ['no www', 'https://linkedin.com/in/ada-lovelace'],
    ['no scheme', 'linkedin.com/in/ada-lovelace'],
    ['no scheme with www', 'www.linkedin.com/in/ada-lovelace'],
    ['uk subdomain', 'https://uk.linkedin.com/in/ada-lovelace'],
    ['de subdomain', 'https://de.linkedin.com/in/ada-lovelace'],
    ['mobile subdomain', 'https://m.linkedin.com/in/ada-lovelace'],
    ['mobile lite path', 'https://www.linkedin.com/mwlite/in/ada-lovelace'],
    ['trailing slash', 'https://www.linkedin.com/in/ada-lovelace/'],
    ['query', 'https://www.linkedin.com/in/ada-lovelace?trk=public_profile&original_referer='],
    ['fragment', 'https://www.linkedin.com/in/ada-lovelace#experience'],
    ['upper-case host and slug', 'HTTPS://WWW.LINKEDIN.COM/IN/Ada-Lovelace'],
    ['default port', 'https://www.linkedin.com:443/in/ada-lovelace'],
    ['sub-page', 'https://www.linkedin.com/in/ada-lovelace/details/experience/'],
    ['locale segment', 'https://www.linkedin.com/in/ada-lovelace/en'],
    ['surrounding space', '  https://www.linkedin.com/in/ada-lovelace  '],
    ['doubled slashes', 'https://www.linkedin.com//in//ada-lovelace'],
  ])('normalises %s', (_case, input) => {
    expect(normalizeLinkedInUrl(input)).toBe(ADA)
  })

  it.each([
    ['j%C3%BCrgen-m%C3%BCller', 'https://www.linkedin.com/in/jürgen-müller'],
    ['J%C3%BCrgen-M%C3%BCller', 'https://www.linkedin.com/in/jürgen-müller'],
    ['ju%CC%88rgen', 'https://www.linkedin.com/in/jürgen'],
    ['jürgen-müller', 'https://www.linkedin.com/in/jürgen-müller'],
    ['%E7%8E%8B%E5%B0%8F%E6%98%8E', 'https://www.linkedin.com/in/王小明'],
    ['zoe_obrien-123a45b', 'https://www.linkedin.com/in/zoe_obrien-123a45b'],
  ])('decodes and lower-cases slug %j', (slug, expected) => {
    expect(normalizeLinkedInUrl(`https://www.linkedin.com/in/${slug}`)).toBe(expected)
  })

  it('keeps a legacy public profile in its own form', () => {
    const url = 'http://uk.linkedin.com/pub/Ada-Lovelace/1A/2b3/4c5/?trk=x'

    expect(normalizeLinkedInUrl(url)).toBe('https://www.linkedin.com/pub/ada-lovelace/1a/2b3/4c5')
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '  '],
    ['company page', 'https://www.linkedin.com/company/acme'],
    ['job', 'https://www.linkedin.com/jobs/view/123456'],
    ['post', 'https://www.linkedin.com/posts/ada-lovelace_activity-123'],
    ['feed', 'https://www.linkedin.com/feed/'],
    ['home page', 'https://www.linkedin.com/'],
    ['profile without slug', 'https://www.linkedin.com/in/'],
    ['people directory', 'https://www.linkedin.com/pub/dir/ada/lovelace'],
    ['legacy profile without id', 'https://www.linkedin.com/pub/ada-lovelace'],
    ['legacy profile with long id part', 'https://www.linkedin.com/pub/ada/1234/2/3'],
    ['sales navigator', 'https://www.linkedin.com/sales/people/ACwAA123,NAME_SEARCH'],
    ['non-LinkedIn URL', 'https://github.com/in/ada-lovelace'],
    ['look-alike host', 'https://notlinkedin.com/in/ada-lovelace'],
    ['LinkedIn as subdomain', 'https://linkedin.com.example.org/in/ada-lovelace'],
    ['deep subdomain', 'https://a.b.linkedin.com/in/ada-lovelace'],
    ['other port', 'https://www.linkedin.com:8443/in/ada-lovelace'],
    ['credentials', 'https://user:secret@www.linkedin.com/in/ada-lovelace'],
    ['ftp scheme', 'ftp://www.linkedin.com/in/ada-lovelace'],
    ['javascript scheme', 'javascript:alert(1)'],
    ['slug with encoded slash', 'https://www.linkedin.com/in/ada%2Flovelace'],
    ['slug with markup', 'https://www.linkedin.com/in/%3Cscript%3E'],
    ['malformed percent escape', 'https://www.linkedin.com/in/ada%E0%A4%A'],
    ['space inside', 'https://www.linkedin.com/in/ada lovelace'],
    ['plain text', 'Ada Lovelace'],
  ])('rejects %s', (_case, input) => {
    expect(normalizeLinkedInUrl(input)).toBeNull()
  })

  it('is idempotent', () => {
    const slug = fc.stringMatching(/^[A-Za-z0-9%À-ž_-]{1,30}$/)
    const host = fc.constantFrom(
      'linkedin.com',
      'www.linkedin.com',
      'uk.linkedin.com',
      'm.linkedin.com',
    )

    fc.assert(
      fc.property(host, slug, (hostName, slugText) => {
        const once = normalizeLinkedInUrl(`https://${hostName}/in/${slugText}`)
        expect(normalizeLinkedInUrl(once)).toBe(once)
      }),
    )
  })
})

describe('parseLinkedInUrl', () => {
  it.each([
    [
      'https://uk.linkedin.com/company/Acme-Ltd/about/?trk=x',
      { kind: 'company', slug: 'acme-ltd', url: 'https://www.linkedin.com/company/acme-ltd' },
    ],
    [
      'linkedin.com/company/1035',
      { kind: 'company', slug: '1035', url: 'https://www.linkedin.com/company/1035' },
    ],
    [
      'https://www.linkedin.com/in/ada-lovelace',
      { kind: 'profile', slug: 'ada-lovelace', url: ADA },
    ],
    [
      'https://www.linkedin.com/pub/ada/1/2/3',
      { kind: 'legacy_profile', slug: 'ada', url: 'https://www.linkedin.com/pub/ada/1/2/3' },
    ],
  ])('parses %j', (input, expected) => {
    expect(parseLinkedInUrl(input)).toEqual(expected)
  })

  it('rejects a school page', () => {
    expect(parseLinkedInUrl('https://www.linkedin.com/school/example-university')).toBeNull()
  })
})
