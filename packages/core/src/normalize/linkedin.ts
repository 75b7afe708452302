import { parseWebUrl } from './parse-web-url.js'

/** Kind of page a LinkedIn URL points at. */
export type LinkedInUrlKind = 'profile' | 'legacy_profile' | 'company'

/** Result of {@link parseLinkedInUrl}. */
export interface LinkedInUrl {
  /** `profile` for `/in/<slug>`, `legacy_profile` for `/pub/<name>/…`, `company` for `/company/<slug>`. */
  kind: LinkedInUrlKind
  /** Decoded, lower-cased vanity name or company slug. */
  slug: string
  /** Canonical URL on `https://www.linkedin.com`, with the slug decoded. */
  url: string
}

const CANONICAL_ORIGIN = 'https://www.linkedin.com'

// `www`, the mobile hosts and country hosts such as `uk.` or `de.` all serve
// the same profiles as the bare domain.
const LINKEDIN_HOST = /^(?:(?:www|m|mobile|[a-z]{2})\.)?linkedin\.com$/

// Vanity names and company slugs are letters, digits, hyphens and underscores,
// and LinkedIn allows letters of any script.
const SLUG = /^[\p{L}\p{M}\p{N}_-]{1,200}$/u

// The three short segments after the name in `/pub/<name>/<a>/<b>/<c>`.
const LEGACY_ID_PART = /^[0-9a-z]{1,3}$/

/**
 * Parses a LinkedIn profile or company URL into its canonical form. That form
 * uses https and the host `www.linkedin.com`, whether the input used the bare
 * domain, `m.` or a country host such as `uk.`. The slug is percent-decoded,
 * then lower-cased. Trailing slashes, the query, the fragment and sub-pages
 * such as `/details/experience` are dropped. A value without a scheme
 * (`linkedin.com/in/ada`) is read as https.
 *
 * Legacy public profile URLs (`/pub/<name>/<a>/<b>/<c>`) keep that form.
 *
 * @returns The parsed URL, or `null` for empty text, a URL that is not on
 *   LinkedIn, or a LinkedIn page that is neither a profile nor a company, such
 *   as a job, a post, a search or the `/pub/dir/` directory.
 * @example
 * ```ts
 * parseLinkedInUrl('uk.linkedin.com/in/J%C3%BCrgen-M%C3%BCller/?trk=x')
 * // { kind: 'profile', slug: 'jürgen-müller', url: 'https://www.linkedin.com/in/jürgen-müller' }
 * ```
 */
export function parseLinkedInUrl(value: string | null | undefined): LinkedInUrl | null {
  const url = parseWebUrl(value)
  return url === null ? null : readLinkedInUrl(url)
}

/**
 * Reads a URL that {@link parseWebUrl} already parsed as a LinkedIn profile
 * or company URL, with the rules of {@link parseLinkedInUrl}. `url` is not
 * changed.
 */
export function readLinkedInUrl(url: URL): LinkedInUrl | null {
  if (url.port !== '' || !LINKEDIN_HOST.test(url.hostname)) return null

  const segments = decodePathSegments(url.pathname)
  if (segments === null) return null

  // The lightweight mobile site serves the same pages below `/mwlite`.
  if (segments[0] === 'mwlite') segments.shift()

  const [section, slug, ...rest] = segments
  if (slug === undefined || !SLUG.test(slug)) return null

  if (section === 'in') return { kind: 'profile', slug, url: `${CANONICAL_ORIGIN}/in/${slug}` }
  if (section === 'company') {
    return { kind: 'company', slug, url: `${CANONICAL_ORIGIN}/company/${slug}` }
  }
  if (section === 'pub' && slug !== 'dir') return parseLegacyProfile(slug, rest)

  return null
}

/**
 * Normalises a LinkedIn profile URL to `https://www.linkedin.com/in/<slug>`,
 * or `https://www.linkedin.com/pub/<name>/<a>/<b>/<c>` for a legacy public
 * profile, as described for {@link parseLinkedInUrl}.
 *
 * @returns The canonical profile URL, or `null` when the value is not a
 *   LinkedIn profile URL (company pages included).
 * @example
 * ```ts
 * normalizeLinkedInUrl('http://m.linkedin.com/in/Ada-Lovelace/#about')
 * // "https://www.linkedin.com/in/ada-lovelace"
 * normalizeLinkedInUrl('https://www.linkedin.com/company/acme') // null
 * ```
 */
export function normalizeLinkedInUrl(value: string | null | undefined): string | null {
  const parsed = parseLinkedInUrl(value)
  if (parsed === null || parsed.kind === 'company') return null

  return parsed.url
}

// NOTE: LinkedIn redirects `/pub/` URLs to `/in/` vanity URLs, but the mapping
// between the two is not documented, so a legacy URL does not match its `/in/` form.
function parseLegacyProfile(name: string, idParts: readonly string[]): LinkedInUrl | null {
  const id = idParts.slice(0, 3)
  if (id.length !== 3 || !id.every((part) => LEGACY_ID_PART.test(part))) return null

  const path = ['pub', name, ...id].join('/')
  return { kind: 'legacy_profile', slug: name, url: `${CANONICAL_ORIGIN}/${path}` }
}

function decodePathSegments(pathname: string): string[] | null {
  const segments: string[] = []

  for (const segment of pathname.split('/')) {
    if (segment === '') continue
    try {
      segments.push(decodeURIComponent(segment).normalize('NFC').toLowerCase())
    } catch {
      return null
    }
  }

  return segments
}
