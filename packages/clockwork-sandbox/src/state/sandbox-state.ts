import { FirmStore, type StoreSources } from './firm-store.js'
import { DEFAULT_CANDIDATE_STATUSES } from './default-statuses.js'
import type { FirmSnapshot } from './records.js'

/** Saved form of the whole sandbox: one snapshot per firm name. */
export interface SandboxSnapshot {
  version: 1
  firms: Record<string, FirmSnapshot>
}

/**
 * Records of every firm the sandbox serves. Listeners registered with
 * `onChange` run after each write, which is how the state file stays current.
 */
export class SandboxState {
  private readonly stores = new Map<string, FirmStore>()
  private readonly listeners: (() => void)[] = []

  constructor(
    firmNames: readonly string[],
    private readonly sources: StoreSources,
  ) {
    for (const name of firmNames) {
      const store = new FirmStore(sources)
      this.stores.set(name, store)
      addDefaultStatuses(store)
    }
  }

  /** Names of the firms served, in configuration order. */
  get firmNames(): string[] {
    return [...this.stores.keys()]
  }

  /** Returns the store of a firm, or undefined for a firm the sandbox does not serve. */
  firm(name: string): FirmStore | undefined {
    return this.stores.get(name)
  }

  /** Empties one firm, or all of them, back to a new firm with default statuses. */
  reset(firmName?: string): void {
    for (const [name, store] of this.stores) {
      if (firmName !== undefined && name !== firmName) continue

      store.clear()
      addDefaultStatuses(store)
    }

    this.changed()
  }

  /** Copies every firm's records into a JSON-ready object. */
  snapshot(): SandboxSnapshot {
    const firms: Record<string, FirmSnapshot> = {}

    for (const [name, store] of this.stores) firms[name] = store.snapshot()

    return { version: 1, firms }
  }

  /** Loads saved records into the firms that are served; other firms in the snapshot are ignored. */
  load(snapshot: SandboxSnapshot): void {
    for (const [name, firm] of Object.entries(snapshot.firms)) {
      this.stores.get(name)?.load(firm)
    }
  }

  /** Registers a listener that runs after every change. */
  onChange(listener: () => void): void {
    this.listeners.push(listener)
  }

  /** Tells listeners that records changed. */
  changed(): void {
    for (const listener of this.listeners) listener()
  }

  /** Time and id sources shared by every firm store. */
  get storeSources(): StoreSources {
    return this.sources
  }
}

function addDefaultStatuses(store: FirmStore): void {
  for (const name of DEFAULT_CANDIDATE_STATUSES) {
    const status = { ...store.newBase(), name }
    store.statuses.set(status.id, status)
  }
}
