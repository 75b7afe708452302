const countryNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

/** The address parts of a JSON Resume `basics.location`. */
export interface LocationParts {
  city?: string | null | undefined
  region?: string | null | undefined
  countryCode?: string | null | undefined
}

/**
 * Formats a location as "City, Region, Country", skipping missing parts.
 * An ISO 3166-1 alpha-2 country code becomes its English name with Node's
 * ICU data ("US" -> "United States"); any other code is kept as written.
 */
export function formatLocation(parts: LocationParts): string | undefined {
  const country = countryName(parts.countryCode)
  const pieces = [parts.city, parts.region, country]
    .map((piece) => piece?.trim())
    .filter((piece): piece is string => Boolean(piece))

  return pieces.length > 0 ? pieces.join(', ') : undefined
}

function countryName(code: string | null | undefined): string | undefined {
  const trimmed = code?.trim()
  if (!trimmed) return undefined
  if (!/^[A-Za-z]{2}$/.test(trimmed)) return trimmed

  return countryNames.of(trimmed.toUpperCase()) ?? trimmed
}
