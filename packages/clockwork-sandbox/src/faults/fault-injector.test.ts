import { describe, expect, it } from 'vitest'

import { FaultInjector } from './fault-injector.js'
import { faultSettingsSchema } from './fault-settings.js'

describe('FaultInjector', () => {
  it('limits each firm per one-second window', () => {
    let now = 10_000
    const injector = new FaultInjector(() => now)
    injector.configure(faultSettingsSchema.parse({ requestsPerSecond: 2 }))

    const kinds = () => injector.decide('acme').outcome.kind

    expect([kinds(), kinds(), kinds()]).toEqual(['none', 'none', 'rate_limited'])
    expect(injector.decide('globex').outcome.kind).toBe('none')

    now += 1000
    expect(kinds()).toBe('none')
  })

  it('retry after counts to the window end', () => {
    const injector = new FaultInjector(() => 10_250)
    injector.configure(faultSettingsSchema.parse({ requestsPerSecond: 1 }))
    injector.decide('acme')

    expect(injector.decide('acme').outcome).toEqual({ kind: 'rate_limited', retryAfterSeconds: 1 })
  })

  it('revoked firm comes before limits', () => {
    const injector = new FaultInjector(() => 0)
    injector.configure(faultSettingsSchema.parse({ revokedFirms: ['acme'], rateLimitRate: 1 }))

    expect(injector.decide('acme').outcome.kind).toBe('revoked')
    expect(injector.decide('globex').outcome.kind).toBe('rate_limited')
  })

  it('same seed gives the same faults', () => {
    const run = () => {
      const injector = new FaultInjector(() => 0)
      injector.configure(faultSettingsSchema.parse({ errorRate: 0.3, dropRate: 0.1, faultSeed: 9 }))

      return Array.from({ length: 50 }, () => injector.decide('acme').outcome)
    }

    const first = run()

    expect(run()).toEqual(first)
    expect(new Set(first.map((outcome) => outcome.kind))).toEqual(
      new Set(['none', 'error', 'drop']),
    )
  })
})
