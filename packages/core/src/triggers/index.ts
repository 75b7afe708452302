export { outreachTypeOf } from './outreach-type.js'
export {
  decideEvent,
  type DecideEventInput,
  type EventDecision,
  type NoteDecision,
  type PersonLink,
} from './decide-event.js'
export { selectBackfillNotes, type DeferredNote } from './backfill.js'
