import { describe, expect, it } from 'vitest'

import { sortProfileLinks, withScheme } from './social.js'

describe('sortProfileLinks', () => {
  it('sorts known networks into socialUrls', () => {
    const sorted = sortProfileLinks([
      { network: 'LinkedIn', url: 'https://www.linkedin.com/in/zoe-example' },
      { network: 'X', url: 'https://x.com/zoe_example' },
      { network: 'GitHub', url: 'https://github.com/zoe-example' },
    ])

    expect(sorted.socialUrls).toEqual({
      linkedin: 'https://www.linkedin.com/in/zoe-example',
      twitter: 'https://x.com/zoe_example',
      github: 'https://github.com/zoe-example',
    })
    expect(sorted.variables).toEqual({})
  })

  it('recognizes a network by its host', () => {
    const sorted = sortProfileLinks([{ url: 'https://mobile.twitter.com/zoe' }])

    expect(sorted.socialUrls).toEqual({ twitter: 'https://mobile.twitter.com/zoe' })
  })

  it('builds a profile URL from a username', () => {
    const sorted = sortProfileLinks([
      { network: 'Twitter', username: '@neutralthoughts', url: 'https://www.twitter.com' },
      { network: 'GitHub', username: 'zoe-example' },
    ])

    expect(sorted.socialUrls.twitter).toBe('https://twitter.com/neutralthoughts')
    expect(sorted.socialUrls.github).toBe('https://github.com/zoe-example')
  })

  it('puts other links in website, then variables', () => {
    const sorted = sortProfileLinks([
      { url: 'zoe.example.com' },
      { network: 'SoundCloud', url: 'https://soundcloud.example.com/zoe' },
      { network: 'Sound Cloud', url: 'https://soundcloud.example.org/zoe' },
      { url: 'https://blog.example.org/zoe' },
    ])

    expect(sorted.socialUrls).toEqual({ website: 'https://zoe.example.com' })
    expect(sorted.variables).toEqual({
      profile_soundcloud: 'https://soundcloud.example.com/zoe',
      profile_sound_cloud: 'https://soundcloud.example.org/zoe',
      profile_blog_example_org: 'https://blog.example.org/zoe',
    })
  })

  it('keeps the first link of a kind', () => {
    const sorted = sortProfileLinks([
      { network: 'GitHub', url: 'https://github.com/first' },
      { network: 'GitHub', url: 'https://github.com/second' },
    ])

    expect(sorted.socialUrls).toEqual({ github: 'https://github.com/first' })
  })

  it('skips links without a URL or username', () => {
    expect(sortProfileLinks([{ network: 'GitHub' }, { url: '  ' }])).toEqual({
      socialUrls: {},
      variables: {},
    })
  })
})

describe('withScheme', () => {
  it.each([
    ['example.com', 'https://example.com'],
    ['http://example.com', 'http://example.com'],
    ['mailto:zoe@example.com', 'mailto:zoe@example.com'],
  ])('completes %j', (input, expected) => {
    expect(withScheme(input)).toBe(expected)
  })
})
