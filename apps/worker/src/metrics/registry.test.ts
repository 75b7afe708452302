import { describe, expect, it } from 'vitest'

import { MetricsRegistry } from './registry.js'
import { createWorkerMetrics } from './worker-metrics.js'

describe('MetricsRegistry', () => {
  it('renders counters by label in the text format', async () => {
    const registry = new MetricsRegistry()
    const calls = registry.counter('calls_total', 'Calls by status.')

    calls.inc({ status: '200' })
    calls.inc({ status: '200' }, 2)
    calls.inc({ status: '429' })

    expect(await registry.render()).toBe(
      [
        '# HELP calls_total Calls by status.',
        '# TYPE calls_total counter',
        'calls_total{status="200"} 3',
        'calls_total{status="429"} 1',
        '',
      ].join('\n'),
    )
  })

  it('renders a counter without labels', async () => {
    const registry = new MetricsRegistry()
    registry.counter('ticks_total', 'Ticks.').inc()

    expect(await registry.render()).toContain('\nticks_total 1\n')
  })

  it('escapes label values', async () => {
    const registry = new MetricsRegistry()
    registry.counter('errors_total', 'Errors.').inc({ code: 'a"b\\c\nd' })

    expect(await registry.render()).toContain('errors_total{code="a\\"b\\\\c\\nd"} 1')
  })

  it('refreshes collected gauges at each render', async () => {
    const registry = new MetricsRegistry()
    let depth = 1
    registry.gauge('depth', 'Depth.', async (gauge) => gauge.set({ state: 'waiting' }, depth))

    expect(await registry.render()).toContain('depth{state="waiting"} 1')
    depth = 7
    expect(await registry.render()).toContain('depth{state="waiting"} 7')
  })

  it.each([['bad name'], ['1st'], ['']])('rejects the metric name %j', (name) => {
    expect(() => new MetricsRegistry().counter(name, 'x')).toThrow(RangeError)
  })

  it('rejects a second metric of the same name and a decrease', () => {
    const registry = new MetricsRegistry()
    const counter = registry.counter('a_total', 'A.')

    expect(() => registry.gauge('a_total', 'A.')).toThrow(RangeError)
    expect(() => counter.inc({}, -1)).toThrow(RangeError)
  })
})

describe('createWorkerMetrics', () => {
  it('reports queue depth from the job counts', async () => {
    const metrics = createWorkerMetrics(async () => ({ waiting: 4, delayed: 2 }))
    metrics.jobs.inc({ outcome: 'completed' })

    const text = await metrics.registry.render()

    expect(text).toContain('talent_sync_worker_queue_jobs{state="waiting"} 4')
    expect(text).toContain('talent_sync_worker_queue_jobs{state="delayed"} 2')
    expect(text).toContain('talent_sync_worker_jobs_total{outcome="completed"} 1')
    expect(text).toContain('# TYPE talent_sync_worker_crm_calls_total counter')
  })
})
