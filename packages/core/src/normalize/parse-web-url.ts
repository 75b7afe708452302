// A value that starts with a scheme such as `https:` or `mailto:`. A colon
// followed by a digit is a port (`example.com:8080`), so that value is read as
// a host and path that a person pasted without a scheme.
const HAS_SCHEME = /^[a-z][a-z0-9+.-]*:(?!\d)/i

/**
 * Parses a pasted web address into a URL, adding `https://` when the value
 * has no scheme. Returns `null` for empty text, text the WHATWG URL parser
 * rejects, schemes other than http and https, and URLs that carry a user name
 * or password, because those are never profile links and may hold a secret.
 */
export function parseWebUrl(value: string | null | undefined): URL | null {
  if (value === null || value === undefined) return null

  const text = value.normalize('NFC').trim()
  if (text === '' || /\s/u.test(text)) return null

  const withScheme = HAS_SCHEME.test(text) ? text : `https://${text}`
  if (!URL.canParse(withScheme)) return null

  const url = new URL(withScheme)
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null

  return url
}
