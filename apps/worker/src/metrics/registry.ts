/** Label values of one sample, by label name. */
export type Labels = Readonly<Record<string, string>>

interface Family {
  name: string
  help: string
  type: 'counter' | 'gauge'
  samples: Map<string, { labels: Labels; value: number }>
  /** Called before each scrape to refresh a gauge from its source. */
  collect?: () => Promise<void>
}

function labelKey(labels: Labels): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))
}

function escapeLabelValue(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/"/g, '\\"')
}

function formatLabels(labels: Labels): string {
  const entries = Object.entries(labels)
  if (entries.length === 0) return ''
  return `{${entries.map(([name, value]) => `${name}="${escapeLabelValue(value)}"`).join(',')}}`
}

/** A monotonically increasing count, split by labels. */
export interface Counter {
  inc(labels?: Labels, amount?: number): void
}

/** A value that goes up and down, split by labels. */
export interface Gauge {
  set(labels: Labels, value: number): void
}

/**
 * A small registry of counters and gauges that renders the Prometheus text
 * exposition format (version 0.0.4).
 */
export class MetricsRegistry {
  readonly #families = new Map<string, Family>()

  /** Registers a counter; names end in `_total` by Prometheus convention. */
  counter(name: string, help: string): Counter {
    const family = this.#register(name, help, 'counter')
    return {
      inc: (labels = {}, amount = 1) => {
        if (amount < 0) throw new RangeError(`Counter ${name} cannot decrease (got ${amount}).`)
        const key = labelKey(labels)
        const sample = family.samples.get(key)
        if (sample === undefined) family.samples.set(key, { labels, value: amount })
        else sample.value += amount
      },
    }
  }

  /** Registers a gauge; `collect`, when given, refreshes it before each scrape. */
  gauge(name: string, help: string, collect?: (gauge: Gauge) => Promise<void>): Gauge {
    const family = this.#register(name, help, 'gauge')
    const gauge: Gauge = {
      set: (labels, value) => {
        family.samples.set(labelKey(labels), { labels, value })
      },
    }
    if (collect !== undefined) family.collect = () => collect(gauge)
    return gauge
  }

  /** Refreshes the collected gauges and renders every metric in the text format. */
  async render(): Promise<string> {
    const lines: string[] = []

    for (const family of this.#families.values()) {
      await family.collect?.()
      lines.push(`# HELP ${family.name} ${family.help}`, `# TYPE ${family.name} ${family.type}`)
      for (const sample of family.samples.values()) {
        lines.push(`${family.name}${formatLabels(sample.labels)} ${sample.value}`)
      }
    }
    return `${lines.join('\n')}\n`
  }

  #register(name: string, help: string, type: Family['type']): Family {
    if (!/^[a-zA-Z_:][a-zA-Z0-9_:]*$/.test(name)) {
      throw new RangeError(`Invalid metric name ${JSON.stringify(name)}.`)
    }
    if (this.#families.has(name)) {
      throw new RangeError(`Metric ${name} is registered already.`)
    }

    const family: Family = { name, help, type, samples: new Map() }
    this.#families.set(name, family)
    return family
  }
}
