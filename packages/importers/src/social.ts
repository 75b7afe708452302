import type { SocialKind } from '@talent-sync/core'

/** A link to one of a person's profiles, as an import source lists it. */
export interface ProfileLink {
  /** The network's name as the source writes it, such as "GitHub" or "SoundCloud". */
  network?: string | null | undefined
  url?: string | null | undefined
  username?: string | null | undefined
}

/** Links sorted into the person schema's `socialUrls` and `variables`. */
export interface SortedLinks {
  socialUrls: Partial<Record<SocialKind, string>>
  variables: Record<string, string>
}

const NETWORK_KINDS: Record<string, Exclude<SocialKind, 'website'>> = {
  linkedin: 'linkedin',
  twitter: 'twitter',
  x: 'twitter',
  github: 'github',
}

const HOST_KINDS: Record<string, Exclude<SocialKind, 'website'>> = {
  'linkedin.com': 'linkedin',
  'twitter.com': 'twitter',
  'x.com': 'twitter',
  'github.com': 'github',
}

const PROFILE_BASES: Record<Exclude<SocialKind, 'website'>, string> = {
  linkedin: 'https://www.linkedin.com/in/',
  twitter: 'https://twitter.com/',
  github: 'https://github.com/',
}

/**
 * Sorts profile links: LinkedIn, Twitter/X and GitHub go to their
 * `socialUrls` field, recognized by network name or by host. The first
 * other link becomes `website`, and each later one a variable named
 * `profile_<network>` (for example `profile_soundcloud`). A known network
 * listed with a username but without a profile path gets its URL built
 * from the username. When a kind appears twice, the first link wins.
 */
export function sortProfileLinks(links: readonly ProfileLink[]): SortedLinks {
  const sorted: SortedLinks = { socialUrls: {}, variables: {} }

  for (const link of links) {
    const kind = socialKind(link)
    const url = profileUrl(link, kind)
    if (!url) continue

    if (kind && !sorted.socialUrls[kind]) {
      sorted.socialUrls[kind] = url
    } else if (!kind && !sorted.socialUrls.website) {
      sorted.socialUrls.website = url
    } else if (!kind) {
      sorted.variables[variableName(link, url)] ??= url
    }
  }

  return sorted
}

function socialKind(link: ProfileLink): Exclude<SocialKind, 'website'> | undefined {
  const network = link.network?.trim().toLowerCase().replace(/\s+/g, '')
  if (network && NETWORK_KINDS[network]) return NETWORK_KINDS[network]

  const host = hostOf(link.url)
  return host ? HOST_KINDS[host] : undefined
}

function profileUrl(
  link: ProfileLink,
  kind: Exclude<SocialKind, 'website'> | undefined,
): string | undefined {
  const url = link.url?.trim()
  const username = link.username?.trim().replace(/^@/, '')

  // Some resumes link the network's home page and give the handle separately.
  const hasProfilePath = Boolean(url && pathOf(url))
  if (kind && username && !hasProfilePath)
    return `${PROFILE_BASES[kind]}${encodeURIComponent(username)}`

  return url ? withScheme(url) : undefined
}

function variableName(link: ProfileLink, url: string): string {
  const label = link.network?.trim() || hostOf(url) || 'link'
  const slug = label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 48)
  return `profile_${slug || 'link'}`
}

function pathOf(url: string): string | undefined {
  try {
    return new URL(withScheme(url)).pathname.replace(/\/+$/, '')
  } catch {
    return undefined
  }
}

function hostOf(url: string | null | undefined): string | undefined {
  if (!url?.trim()) return undefined
  try {
    return new URL(withScheme(url.trim())).hostname.replace(/^(www|mobile|m)\./, '')
  } catch {
    return undefined
  }
}

/** Adds `https://` to a bare host such as `example.com/me`, the way people often write links. */
export function withScheme(url: string): string {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) ? url : `https://${url}`
}
