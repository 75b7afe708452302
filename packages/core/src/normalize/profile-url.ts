import { readLinkedInUrl } from './linkedin.js'
import { parseWebUrl } from './parse-web-url.js'
import { formatWebUrl } from './url.js'

/** Result of {@link normalizeProfileUrl}. */
export interface ProfileUrl {
  /** The canonical LinkedIn profile URL, or the normalised URL of any other page. */
  url: string
  /** Whether `url` is a LinkedIn profile (company pages are not). */
  isLinkedInProfile: boolean
}

/**
 * Normalises a profile link of any site, parsing the text once: a LinkedIn
 * profile as {@link normalizeLinkedInUrl} does, and any other http(s) URL,
 * LinkedIn company pages included, as {@link normalizeUrl} does.
 *
 * @returns The normalised URL, or `null` when the text is not an http(s) URL.
 */
export function normalizeProfileUrl(value: string | null | undefined): ProfileUrl | null {
  const url = parseWebUrl(value)
  if (url === null) return null

  const linkedIn = readLinkedInUrl(url)
  if (linkedIn !== null && linkedIn.kind !== 'company') {
    return { url: linkedIn.url, isLinkedInProfile: true }
  }
  return { url: formatWebUrl(url), isLinkedInProfile: false }
}
