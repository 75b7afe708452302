/**
 * CRM notes for outreach events: the note HTML, its idempotency key, and the
 * lookup of that key in a note read back from the CRM. The outreach types are
 * `OUTREACH_TYPES` of the event schema.
 *
 * @packageDocumentation
 */

export {
  buildNote,
  DEFAULT_EXCERPT_LENGTH,
  type BuildNoteOptions,
  type Note,
  type NoteInput,
} from './build-note.js'
export { escapeHtml, htmlToText } from './html.js'
export { computeNoteKey, findNoteKey, NOTE_KEY_ATTRIBUTE } from './note-key.js'
export { CHANNEL_LABELS, NOTE_TITLES } from './note-text.js'
export { outreachTypeOfEvent } from './outreach-type.js'
