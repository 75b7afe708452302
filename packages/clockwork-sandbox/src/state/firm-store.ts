import { formatClockworkTimestamp } from '@talent-sync/clockwork'

import type {
  BaseRecord,
  CompanyRecord,
  FirmSnapshot,
  NamedRecord,
  NoteRecord,
  PersonRecord,
  WebhookRecord,
} from './records.js'

/** Sources of time and ids, injected so tests and seeds can be repeatable. */
export interface StoreSources {
  /** Current time in milliseconds since the Unix epoch. */
  now: () => number
  /** New record id (a UUID string). */
  newId: () => string
}

/**
 * In-memory records of one firm. Maps keep insertion order, which is the
 * order lists return.
 */
export class FirmStore {
  readonly people = new Map<string, PersonRecord>()
  readonly notes = new Map<string, NoteRecord>()
  readonly companies = new Map<string, CompanyRecord>()
  readonly regions = new Map<string, NamedRecord>()
  readonly tags = new Map<string, NamedRecord>()
  readonly statuses = new Map<string, NamedRecord>()
  readonly webhooks = new Map<string, WebhookRecord>()

  constructor(private readonly sources: StoreSources) {}

  /** Returns a fresh id with creation and update times set to now. */
  newBase(): BaseRecord {
    const timestamp = this.timestamp()

    return { id: this.sources.newId(), createdAt: timestamp, updatedAt: timestamp }
  }

  /** Returns the current time as a wire timestamp. */
  timestamp(): string {
    return formatClockworkTimestamp(new Date(this.sources.now()))
  }

  /** Marks a person as changed now. */
  touch(person: PersonRecord): void {
    person.updatedAt = this.timestamp()
  }

  /** Finds a tag by name, ignoring case, or creates it. */
  findOrCreateTag(name: string): NamedRecord {
    const wanted = name.trim().toLowerCase()

    for (const tag of this.tags.values()) {
      if (tag.name.toLowerCase() === wanted) return tag
    }

    const tag = { ...this.newBase(), name: name.trim() }
    this.tags.set(tag.id, tag)

    return tag
  }

  /** Removes every record. */
  clear(): void {
    for (const map of this.maps()) map.clear()
  }

  /** Copies every record into a plain JSON-ready object. */
  snapshot(): FirmSnapshot {
    return structuredClone({
      people: [...this.people.values()],
      notes: [...this.notes.values()],
      companies: [...this.companies.values()],
      regions: [...this.regions.values()],
      tags: [...this.tags.values()],
      statuses: [...this.statuses.values()],
      webhooks: [...this.webhooks.values()],
    })
  }

  /** Replaces every record with the ones in a snapshot. */
  load(snapshot: FirmSnapshot): void {
    this.clear()
    const copy = structuredClone(snapshot)

    fill(this.people, copy.people)
    fill(this.notes, copy.notes)
    fill(this.companies, copy.companies)
    fill(this.regions, copy.regions)
    fill(this.tags, copy.tags)
    fill(this.statuses, copy.statuses)
    fill(this.webhooks, copy.webhooks)
  }

  private maps(): Map<string, unknown>[] {
    return [
      this.people,
      this.notes,
      this.companies,
      this.regions,
      this.tags,
      this.statuses,
      this.webhooks,
    ]
  }
}

function fill<T extends BaseRecord>(map: Map<string, T>, records: T[] | undefined): void {
  for (const record of records ?? []) map.set(record.id, record)
}
