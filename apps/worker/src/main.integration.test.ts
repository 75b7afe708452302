import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'

import { afterEach, describe, expect, it } from 'vitest'

import { startHarness, type Harness } from './testing/harness.js'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

async function waitForLog(
  output: () => string,
  message: string,
  timeoutMs = 30_000,
): Promise<Record<string, unknown>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    for (const line of output().split('\n')) {
      if (!line.startsWith('{')) continue
      const entry = JSON.parse(line) as Record<string, unknown>
      if (entry.msg === message) return entry
    }
    if (Date.now() > deadline)
      throw new Error(`No "${message}" log line within ${timeoutMs} ms: ${output()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

describe('worker process', () => {
  it('serves metrics and health, then stops on SIGTERM', async () => {
    harness = await startHarness()
    const worker = harness.spawnWorker({ LOG_LEVEL: 'info' })

    const started = await waitForLog(worker.output, 'worker started')
    const port = Number(started.metricsPort)
    const health = await fetch(`http://127.0.0.1:${port}/healthz`)
    const metrics = await fetch(`http://127.0.0.1:${port}/metrics`)

    expect(health.status).toBe(200)
    expect(await metrics.text()).toContain('talent_sync_worker_queue_jobs{state="waiting"} 0')
    expect(await worker.stop('SIGTERM')).toBe(0)
    expect(worker.output()).toContain('"msg":"worker stopped"')
  })

  it.each([
    ['WORKER_CONCURRENCY', '0'],
    ['REDIS_URL', 'http://127.0.0.1:6379'],
  ])('exits with 2 when %s=%s', async (variable, value) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: fileURLToPath(new URL('..', import.meta.url)),
      env: { ...process.env, [variable]: value },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stderr = ''
    child.stderr.on('data', (chunk) => (stderr += String(chunk)))

    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))

    expect(code).toBe(2)
    expect(stderr).toContain(variable)
  })
})
