import { parseWebUrl } from './parse-web-url.js'

// Query parameters that only track where a click came from: Google Analytics
// campaign tags, ad click ids, and the share tags of X, Instagram, YouTube and
// Spotify. Profile URLs never need them.
const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'dclid',
  'msclkid',
  'mc_cid',
  'mc_eid',
  'igshid',
  'ref',
  'ref_src',
  'ref_url',
  'si',
  's',
  't',
  'trk',
])

/**
 * Normalises a social or personal web URL (X/Twitter, GitHub, a personal site):
 * https instead of http, lower-case host without a default port, no trailing
 * slash, and no tracking query parameters (`utm_*`, `fbclid`, `gclid`, `ref`,
 * `trk` and similar). Other query parameters and the fragment are kept,
 * because some sites need them. A value without a scheme is read as https.
 * Use {@link normalizeLinkedInUrl} for LinkedIn profiles.
 *
 * @returns The normalised URL, or `null` for empty text, text that is not an
 *   http(s) URL, and URLs that carry a user name or password.
 * @example
 * ```ts
 * normalizeUrl('http://GitHub.com/octocat/?utm_source=mail') // "https://github.com/octocat"
 * normalizeUrl('javascript:alert(1)')                        // null
 * ```
 */
export function normalizeUrl(value: string | null | undefined): string | null {
  const url = parseWebUrl(value)
  return url === null ? null : formatWebUrl(url)
}

/**
 * Formats a URL that {@link parseWebUrl} already parsed with the rules of
 * {@link normalizeUrl}. Removes the tracking parameters from `url` itself.
 */
export function formatWebUrl(url: URL): string {
  if (url.protocol === 'http:' && url.port === '443') url.port = ''

  for (const name of [...url.searchParams.keys()]) {
    if (isTrackingParameter(name)) url.searchParams.delete(name)
  }

  // Built by hand because the URL serialiser always writes `/` for an empty
  // path and keeps a bare `?` or `#`.
  const path = url.pathname.replace(/\/+$/, '')
  const root = path === '' && (url.search !== '' || url.hash !== '') ? '/' : ''

  return `https://${url.host}${path}${root}${url.search}${url.hash}`
}

function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase()
  return lower.startsWith('utm_') || TRACKING_PARAMETERS.has(lower)
}
