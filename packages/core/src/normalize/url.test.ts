import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { normalizeUrl } from './url.js'

describe('normalizeUrl', () => {
  it.each([
    ['https://github.com/octocat', 'https://github.com/octocat'],
    ['http://github.com/octocat', 'https://github.com/octocat'],
    ['github.com/octocat', 'https://github.com/octocat'],
    ['HTTPS://GitHub.COM/Octocat', 'https://github.com/Octocat'],
    ['https://github.com/octocat/', 'https://github.com/octocat'],
    ['https://github.com/octocat//', 'https://github.com/octocat'],
    ['https://x.com/ada?utm_source=mail&utm_campaign=q4', 'https://x.com/ada'],
    ['https://x.com/ada?s=20&t=abc', 'https://x.com/ada'],
    ['https://example.com/?fbclid=1&gclid=2&lang=en', 'https://example.com/?lang=en'],
    ['https://example.com/blog?UTM_Medium=x&page=2', 'https://example.com/blog?page=2'],
    ['https://example.com/#contact', 'https://example.com/#contact'],
    ['https://example.com/#', 'https://example.com'],
    ['https://example.com/?', 'https://example.com'],
    ['https://example.com:443/', 'https://example.com'],
    ['http://example.com:80/a', 'https://example.com/a'],
    ['https://example.com:8443/a/', 'https://example.com:8443/a'],
    ['example.com:8080/a', 'https://example.com:8080/a'],
    ['https://bücher.example/zoë', 'https://xn--bcher-kva.example/zo%C3%AB'],
    ['  https://example.com  ', 'https://example.com'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['javascript scheme', 'javascript:alert(1)'],
    ['mailto scheme', 'mailto:ada@example.com'],
    ['ftp scheme', 'ftp://example.com/file'],
    ['data scheme', 'data:text/html,<script>alert(1)</script>'],
    ['credentials', 'https://ada:secret@example.com/'],
    ['user name only', 'https://ada@example.com/'],
    ['space inside', 'https://example.com/a b'],
    ['invalid host', 'https://exa mple.com'],
    ['no host', 'https://'],
  ])('rejects %s', (_case, input) => {
    expect(normalizeUrl(input)).toBeNull()
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = normalizeUrl(url)
        expect(normalizeUrl(once)).toBe(once)
      }),
    )
  })
})
