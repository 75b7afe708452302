/** Request counts of one CRM person. */
export interface PersonStats {
  /** Every request counted for the person. */
  total: number
  /** Counts by method and path template, e.g. `POST /people/:personId/email_addresses`. */
  byRoute: Record<string, number>
}

/** Request counts of one firm. */
export interface FirmStats {
  /** Every request counted for the firm. */
  total: number
  /** Counts by method and path template, e.g. `POST /people/:personId/email_addresses`. */
  byRoute: Record<string, number>
  /** Counts by response status, e.g. `"429"`; dropped connections count under `"dropped"`. */
  byStatus: Record<string, number>
  /**
   * Counts by CRM person id: every request whose path names the person, and the
   * `POST /people` that created it. Rejected requests (429, 5xx, dropped) count too.
   */
  byPerson: Record<string, PersonStats>
}

/** One API request as the stats count it. */
export interface CountedRequest {
  /** Method and path template of the matched route. */
  route: string
  /** Response status, or `dropped` when the connection was closed on purpose. */
  status: number | 'dropped'
  /** CRM person the request concerns, when it concerns one. */
  personId?: string | undefined
}

/** Counts the API calls each firm received, so tests and benchmarks can count CRM calls. */
export class RequestStats {
  private readonly firms = new Map<string, FirmStats>()

  /** Counts one request. */
  record(firm: string, request: CountedRequest): void {
    let stats = this.firms.get(firm)

    if (stats === undefined) {
      stats = { total: 0, byRoute: {}, byStatus: {}, byPerson: {} }
      this.firms.set(firm, stats)
    }

    stats.total += 1
    increment(stats.byRoute, request.route)
    increment(stats.byStatus, String(request.status))

    if (request.personId !== undefined) {
      const person = (stats.byPerson[request.personId] ??= { total: 0, byRoute: {} })
      person.total += 1
      increment(person.byRoute, request.route)
    }
  }

  /** Returns a copy of the counts, by firm name. */
  snapshot(): Record<string, FirmStats> {
    return structuredClone(Object.fromEntries(this.firms))
  }

  /** Sets every count back to zero. */
  clear(): void {
    this.firms.clear()
  }
}

function increment(counts: Record<string, number>, key: string): void {
  counts[key] = (counts[key] ?? 0) + 1
}
