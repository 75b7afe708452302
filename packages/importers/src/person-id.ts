import { createHash } from 'node:crypto'

const ID_PREFIX = 'p_'
const HASH_CHARACTERS = 24

/** What a derived person id is computed from, in order of preference. */
export interface PersonIdSource {
  email?: string | null | undefined
  name?: string | null | undefined
  /** Any JSON value, hashed when there is neither an e-mail nor a name. */
  content?: unknown
}

/**
 * Derives a stable platform person id: `p_` and the first 24 hex digits of a
 * SHA-256 hash of the first e-mail address (lower-cased), else of the full
 * name (NFC-normalized, lower-cased, single-spaced), else of the JSON text
 * of the content. The same person read from a JSON Resume and from a
 * LinkedIn export with the same first e-mail address gets the same id, so a
 * second import updates the person instead of creating another.
 */
export function derivePersonId(source: PersonIdSource): string {
  const email = source.email?.trim().toLowerCase()
  const name = source.name?.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase()

  let key: string
  if (email) key = `email:${email}`
  else if (name) key = `name:${name}`
  else key = `content:${JSON.stringify(source.content ?? null)}`

  const digest = createHash('sha256').update(key, 'utf8').digest('hex')
  return `${ID_PREFIX}${digest.slice(0, HASH_CHARACTERS)}`
}
