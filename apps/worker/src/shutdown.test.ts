import { pino } from 'pino'
import { describe, expect, it } from 'vitest'

import { createShutdown } from './shutdown.js'

const silent = pino({ level: 'silent' })

describe('createShutdown', () => {
  it('closes steps in order', async () => {
    const closed: string[] = []
    const shutdown = createShutdown(
      ['worker', 'redis', 'database'].map((name) => ({
        name,
        close: async () => void closed.push(name),
      })),
      silent,
    )

    expect(await shutdown('SIGTERM')).toBe(true)
    expect(closed).toEqual(['worker', 'redis', 'database'])
  })

  it('keeps closing after a failed step', async () => {
    const closed: string[] = []
    const shutdown = createShutdown(
      [
        { name: 'worker', close: async () => Promise.reject(new Error('stuck')) },
        { name: 'redis', close: async () => void closed.push('redis') },
      ],
      silent,
    )

    expect(await shutdown('SIGINT')).toBe(false)
    expect(closed).toEqual(['redis'])
  })

  it('runs the steps once when called twice', async () => {
    let calls = 0
    const shutdown = createShutdown(
      [{ name: 'worker', close: async () => void (calls += 1) }],
      silent,
    )

    await Promise.all([shutdown('SIGTERM'), shutdown('SIGINT')])

    expect(calls).toBe(1)
  })
})
