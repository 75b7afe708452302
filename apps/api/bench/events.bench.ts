/**
 * Benchmark of `POST /v1/events`: events accepted per second, single and in
 * batches of 500, with p50 and p99 latency, against a bare Hono route that
 * returns 202 without reading the body, measured in the same run. The load
 * comes from a second process (autocannon) over 127.0.0.1. Needs Redis on
 * 127.0.0.1:6379 and PostgreSQL on 127.0.0.1:5432.
 */
import { execFile } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { serve, type ServerType } from '@hono/node-server'
import { createTeamWithAdmin, SecretBox } from '@talent-sync/store'
import { Queue } from 'bullmq'
import { Hono } from 'hono'
import { Redis } from 'ioredis'

import { createApp } from '../src/app.js'
import { DEFAULT_APP_CONFIG, systemClock } from '../src/deps.js'
import { createLogger } from '../src/logger.js'
import { makeEvent } from '../src/testing/fixtures.js'
import { openTestDatabase } from '../src/testing/test-database.js'

const DURATION_SECONDS = Number(process.env.BENCH_DURATION_SECONDS ?? 8)
const CONNECTIONS = 8
const run = promisify(execFile)

interface LoadResult {
  requests: { average: number }
  latency: { p50: number; p99: number }
  non2xx: number
  errors: number
  '2xx': number
}

function listen(app: Hono): Promise<{ server: ServerType; url: string }> {
  return new Promise((resolve) => {
    const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) =>
      resolve({ server, url: `http://127.0.0.1:${info.port}/v1/events` }),
    )
  })
}

async function load(url: string, template: string, secret: string): Promise<LoadResult> {
  const settings = {
    url,
    template,
    secret,
    runId: randomUUID(),
    connections: CONNECTIONS,
    durationSeconds: DURATION_SECONDS,
  }
  const script = fileURLToPath(new URL('./load.ts', import.meta.url))
  // A batch body is too large for a command-line argument, so the settings go through a file.
  const folder = await mkdtemp(join(tmpdir(), 'api-bench-'))
  const settingsFile = join(folder, 'load.json')
  await writeFile(settingsFile, JSON.stringify(settings))

  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', script, settingsFile], {
      maxBuffer: 64 * 1024 * 1024,
    })
    return JSON.parse(stdout) as LoadResult
  } finally {
    await rm(folder, { recursive: true, force: true })
  }
}

function templateFor(teamId: string, userId: string, count: number): string {
  const events = Array.from({ length: count }, () => makeEvent(teamId, userId, '__ID__'))
  const body = count === 1 ? events[0] : { events }
  // makeEvent derives the person id from the event id, so both carry the placeholder.
  return JSON.stringify(body)
}

function format(value: number, digits = 0): string {
  return value.toLocaleString('en-GB', {
    maximumFractionDigits: digits,
    minimumFractionDigits: digits,
  })
}

interface Measurement {
  target: string
  eventsPerRequest: number
  result: LoadResult
}

/** Opens a database, queue and team of the benchmark's own, and serves the API on them. */
async function startApi() {
  const database = await openTestDatabase()
  const redis = new Redis({ maxRetriesPerRequest: null })
  const queueConnection = redis.duplicate()
  const queue = new Queue(`api-bench-${randomUUID()}`, { connection: queueConnection })
  const box = new SecretBox(randomBytes(32))
  const deps = {
    db: database.handle.db,
    box,
    queue,
    redis,
    crm: () => {
      throw new Error('The benchmark makes no CRM call.')
    },
    logger: createLogger({ level: 'silent' }),
    clock: systemClock,
    config: { ...DEFAULT_APP_CONFIG, redisKeyPrefix: `api-bench:${randomUUID()}:` },
  }
  const created = await createTeamWithAdmin(deps.db, box, {
    teamName: 'Benchmark team',
    adminEmail: `bench-${randomUUID()}@example.test`,
    adminPassword: 'benchmark password',
  })
  const api = await listen(createApp(deps) as unknown as Hono)

  async function stop() {
    api.server.close()
    await queue.obliterate({ force: true })
    await queue.close()
    queueConnection.disconnect()
    redis.disconnect()
    await database.close()
  }
  return { url: api.url, created, stop }
}

function printReport(measurements: Measurement[]): void {
  const header = [
    'target',
    'events per request',
    'requests/s',
    'events/s',
    'p50 ms',
    'p99 ms',
    'non-202',
  ]
  const rows = measurements.map(({ target, eventsPerRequest, result }) => [
    target,
    String(eventsPerRequest),
    format(result.requests.average),
    format(result.requests.average * eventsPerRequest),
    format(result.latency.p50, 1),
    format(result.latency.p99, 1),
    String(result.non2xx + result.errors),
  ])
  const lines = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`)
  process.stdout.write(`${lines.join('\n')}\n\n`)

  for (let index = 0; index < measurements.length; index += 2) {
    const [bare, api] = [measurements[index]!, measurements[index + 1]!]
    const ratio = (api.result.requests.average / bare.result.requests.average) * 100
    process.stdout.write(
      `${api.eventsPerRequest} per request: API at ${format(ratio, 1)}% of the bare route's request rate\n`,
    )
  }
  const cpu = cpus()[0]?.model ?? 'unknown'
  process.stdout.write(
    `${CONNECTIONS} connections, ${DURATION_SECONDS} s per target, ${cpus().length} CPUs (${cpu}), Node ${process.version}\n`,
  )
}

async function main(): Promise<void> {
  const api = await startApi()
  const bare = new Hono()
  bare.post('/v1/events', (c) => c.json({ accepted: [] }, 202))
  const baseline = await listen(bare)
  const { team, admin, signingSecret } = api.created

  const measurements: Measurement[] = []
  for (const eventsPerRequest of [1, 500]) {
    const template = templateFor(team.id, admin.id, eventsPerRequest)
    const targets = [
      ['bare Hono route', baseline.url],
      ['POST /v1/events', api.url],
    ] as const
    for (const [target, url] of targets) {
      measurements.push({
        target,
        eventsPerRequest,
        result: await load(url, template, signingSecret),
      })
    }
  }
  printReport(measurements)

  baseline.server.close()
  await api.stop()
}

await main()
process.exit(0)
