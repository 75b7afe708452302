import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { escapeHtml, htmlToText } from './html.js'

describe('escapeHtml', () => {
  it.each([
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['Tom & Jerry', 'Tom &amp; Jerry'],
    ['&amp;', '&amp;amp;'],
    ['say "hi"', 'say &quot;hi&quot;'],
    ["O'Brien", 'O&#39;Brien'],
    ['Zoë 王小明', 'Zoë 王小明'],
    ['', ''],
  ])('escapes %j', (input, expected) => {
    expect(escapeHtml(input)).toBe(expected)
  })

  it('never lets markup characters through', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const escaped = escapeHtml(text)

        expect(escaped).not.toContain('<')
        expect(escaped).not.toContain('>')
        expect(escaped).not.toContain('"')
        expect(escaped).not.toContain("'")
      }),
    )
  })
})

describe('htmlToText', () => {
  it.each([
    ['plain text', 'plain text'],
    ['<p>Hi <b>Zoë</b>,</p><p>Thanks</p>', ' Hi Zoë,  Thanks '],
    ['<a href="https://example.com">link</a>.', 'link.'],
    ['Hi<br>there', 'Hi there'],
    ['<script>alert(1)</script>Hello', ' Hello'],
    ['<style>p { color: red }</style>Hello', ' Hello'],
    ['<!-- hidden -->Hello', ' Hello'],
    ['Tom &amp; Jerry &lt;3', 'Tom & Jerry <3'],
    ['&quot;Q&quot; &#39;A&#x27; &nbsp;', '"Q" \'A\'  '],
    ['&#128512;', '😀'],
    ['&#0; &#xD800; &#x110000; &bogus;', '&#0; &#xD800; &#x110000; &bogus;'],
    ['2 < 3 and 4 > 1', '2 < 3 and 4 > 1'],
  ])('converts %j', (input, expected) => {
    expect(htmlToText(input)).toBe(expected)
  })
})
