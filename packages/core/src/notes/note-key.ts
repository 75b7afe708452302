import { sha256 } from '@noble/hashes/sha2'
import { bytesToHex } from '@noble/hashes/utils'

/** HTML attribute that carries a note's idempotency key on its wrapper element. */
export const NOTE_KEY_ATTRIBUTE = 'data-talent-sync-key'

const KEY_LENGTH = 32

// The attribute, with its value quoted, entity-quoted or bare, because some
// CRMs re-serialise or escape the HTML they store.
const ATTRIBUTE_PATTERN = new RegExp(
  `${NOTE_KEY_ATTRIBUTE}\\s*=\\s*(?:"|'|&quot;|&#0*34;|&#x0*22;)?([0-9a-f]{${KEY_LENGTH}})(?![0-9a-f])`,
  'i',
)

// The plain-text marker, for CRMs that strip attributes or all markup.
const MARKER_PATTERN = new RegExp(`\\[ts:([0-9a-f]{${KEY_LENGTH}})\\]`, 'i')

/**
 * Computes the idempotency key of the note that one event writes for one
 * person: the first 32 hex digits (128 bits) of the SHA-256 hash of the team
 * id, the platform person id and the event id. The ids are hashed as a JSON
 * array, so no two id triples share an input. The hash is pure JavaScript, so
 * this package runs in browsers as well as in Node.
 *
 * @example
 * ```ts
 * computeNoteKey('team_1', 'p_123', 'evt_9') // 32 lower-case hex digits, the same on every call
 * ```
 */
export function computeNoteKey(teamId: string, personId: string, eventId: string): string {
  const input = JSON.stringify(['talent-sync-note', teamId, personId, eventId])
  return bytesToHex(sha256(input)).slice(0, KEY_LENGTH)
}

/**
 * Reads the idempotency key back from a note as a CRM returns it, so a worker
 * can see whether a note was already written. The key is read from the
 * {@link NOTE_KEY_ATTRIBUTE} attribute, or from the plain-text `[ts:<key>]`
 * marker when the CRM removed the markup.
 *
 * @returns The key in lower case, or `null` when the note has none.
 * @example
 * ```ts
 * findNoteKey(buildNote(input).html) === buildNote(input).idempotencyKey // true
 * findNoteKey('<p>Written by hand</p>')                                  // null
 * ```
 */
export function findNoteKey(html: string | null | undefined): string | null {
  if (html === null || html === undefined) return null

  const match = ATTRIBUTE_PATTERN.exec(html) ?? MARKER_PATTERN.exec(html)
  return match?.[1]?.toLowerCase() ?? null
}
