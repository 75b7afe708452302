import type { FieldDefinition } from '../catalogue/field.js'
import type { DroppedValue, FieldValue, FieldValues, ListEntry, PersonDraft } from './draft.js'
import { matchKeyOfDraftEntry, matchKeysMatch, type MatchKey } from './entry-identity.js'

interface Sourced<T> {
  item: T
  /** Every source that produced this value; duplicates add their source here. */
  sources: string[]
}

interface SourcedEntry extends Sourced<ListEntry> {
  /** Comparable form of the entry, computed when it was added. */
  key: MatchKey
}

interface Slot {
  field: FieldDefinition
  scalar: Sourced<FieldValue> | null
  entries: SourcedEntry[]
}

/**
 * Collects the values of a draft field by field and remembers where each
 * value came from. A value that loses to an earlier source of a
 * single-valued field, or to a recruiter's tagged value, is reported in
 * `dropped` with its source.
 */
export class DraftBuilder {
  private readonly slots = new Map<string, Slot>()
  private readonly droppedValues: DroppedValue[] = []

  /** Records a value that the draft does not carry. */
  drop(source: string, reason: string): void {
    this.droppedValues.push({ source, reason })
  }

  /** Sets a single-valued field, unless an earlier source already set it. */
  addScalar(field: FieldDefinition, value: FieldValue, source: string): void {
    const slot = this.slotOf(field)
    if (slot.scalar !== null) {
      this.drop(
        source,
        `"${field.key}" holds one value and already has the one from ${slot.scalar.sources[0]}`,
      )
      return
    }
    slot.scalar = { item: value, sources: [source] }
  }

  /** Appends a list entry, merging it into an equal entry the field already has. */
  addEntry(field: FieldDefinition, item: ListEntry, source: string): void {
    const slot = this.slotOf(field)
    const key = matchKeyOfDraftEntry(item)
    const same = slot.entries.find((existing) => matchKeysMatch(existing.key, key))
    if (same === undefined) {
      slot.entries.push({ item, key, sources: [source] })
      return
    }
    same.sources.push(source)
  }

  /**
   * Replaces whatever the mapping put into a field with a recruiter's tagged
   * values, dropping each replaced value with a reason.
   */
  replace(
    field: FieldDefinition,
    values: readonly (FieldValue | ListEntry)[],
    source: string,
  ): void {
    const previous = this.slots.get(field.key)
    const reason = `replaced by the recruiter's value in ${source}`
    for (const sources of previous ? sourcesOf(previous) : []) {
      for (const replaced of sources) this.drop(replaced, reason)
    }

    this.slots.delete(field.key)
    for (const value of values) {
      if ('entry' in value) this.addEntry(field, value, source)
      else this.addScalar(field, value, source)
    }
  }

  /** Returns the scalar value of a field and its first source, or `null` when unset. */
  scalarOf(key: string): { value: FieldValue; source: string } | null {
    const scalar = this.slots.get(key)?.scalar
    return scalar ? { value: scalar.item, source: scalar.sources[0] ?? key } : null
  }

  /**
   * Returns the entries of a list field in order, with their sources. The
   * entries are live, so a caller may fill in their properties.
   */
  entriesOf(key: string): readonly SourcedEntry[] {
    return this.slots.get(key)?.entries ?? []
  }

  /** Inserts an entry at the front of a list field, without de-duplication. */
  prependEntry(field: FieldDefinition, item: ListEntry, sources: string[]): void {
    this.slotOf(field).entries.unshift({ item, key: matchKeyOfDraftEntry(item), sources })
  }

  /** Tells whether a field has a slot, even an empty one. */
  has(key: string): boolean {
    return this.slots.has(key)
  }

  /** Builds the draft, listing fields in catalogue order. */
  build(catalogue: readonly FieldDefinition[]): PersonDraft {
    const values: FieldValues = {}

    for (const field of catalogue) {
      const slot = this.slots.get(field.key)
      if (slot === undefined) continue

      if (slot.scalar !== null) {
        values[field.key] = slot.scalar.item
      } else if (slot.entries.length > 0) {
        values[field.key] = {
          type: field.type,
          value: slot.entries.map((entry) => entry.item.entry),
        } as FieldValue
      }
    }

    return { values, dropped: [...this.droppedValues] }
  }

  private slotOf(field: FieldDefinition): Slot {
    let slot = this.slots.get(field.key)
    if (slot === undefined) {
      slot = { field, scalar: null, entries: [] }
      this.slots.set(field.key, slot)
    }
    return slot
  }
}

function sourcesOf(slot: Slot): string[][] {
  const scalar = slot.scalar ? [slot.scalar.sources] : []
  return [...scalar, ...slot.entries.map((entry) => entry.sources)]
}
