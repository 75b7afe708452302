/** Request counts of one firm. */
export interface FirmStats {
  /** Every request counted for the firm. */
  total: number
  /** Counts by method and path template, e.g. `POST /people/:id/email_addresses`. */
  byRoute: Record<string, number>
  /** Counts by response status, e.g. `"429"`; dropped connections count under `"dropped"`. */
  byStatus: Record<string, number>
}

/** Counts the API calls each firm received, so tests and benchmarks can count CRM calls. */
export class RequestStats {
  private readonly firms = new Map<string, FirmStats>()

  /** Counts one request. */
  record(firm: string, route: string, status: number | 'dropped'): void {
    let stats = this.firms.get(firm)

    if (stats === undefined) {
      stats = { total: 0, byRoute: {}, byStatus: {} }
      this.firms.set(firm, stats)
    }

    stats.total += 1
    stats.byRoute[route] = (stats.byRoute[route] ?? 0) + 1
    stats.byStatus[String(status)] = (stats.byStatus[String(status)] ?? 0) + 1
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
