/**
 * Measures Clockwork client calls per second against the local sandbox, and the ratio to bare
 * `fetch` calls (same URL, headers and JSON parsing, no schema or error mapping) in the same run.
 * A third column times bare `fetch` with a per-call timeout signal, as the client sets one, to
 * show how much of the gap the timeout alone costs.
 * Writes the figures into the "Clockwork client" section of BENCHMARKS.md at the repository root.
 */
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

// Imported by path: a workspace dependency on the sandbox would form a package cycle.
import { startSandbox } from '../../clockwork-sandbox/src/index.js'
import { ClockworkClient } from '../src/index.js'
import { writeMarkdownSection } from './benchmarks-file.js'

const warmUpCalls = 500
const callsPerRound = 400
const rounds = 9
const concurrency = 4
const maxOverhead = 0.2

const firm = 'bench'
const credentials = { apiKey: 'bench-key', apiSecret: 'bench-secret', serviceKey: 'bench-service' }
const sandbox = await startSandbox({ port: 0, firms: [{ name: firm, ...credentials }], seed: 3 })
const client = new ClockworkClient({ firm, credentials, baseUrl: sandbox.url })
const token = Buffer.from(`${credentials.apiKey}:${credentials.apiSecret}`).toString('base64')
const headers = {
  Authorization: `Token ${token}`,
  'X-API-Key': credentials.serviceKey,
  Accept: 'application/json',
}

const [firstPerson] = await client.listPeople({ limit: 1 })
if (firstPerson === undefined) {
  throw new Error('the seeded sandbox firm has no people to read')
}
const personId = firstPerson.id

async function bareFetch(path: string, signal?: AbortSignal): Promise<unknown> {
  const response = await fetch(`${sandbox.url}/v3.0/${firm}${path}`, { headers, signal })
  if (!response.ok) {
    throw new Error(`bare fetch of ${path} failed with HTTP ${response.status}`)
  }
  return response.json()
}

/** Bare fetch under a timeout, built the way the client's transport builds it. */
async function bareFetchWithTimeout(path: string): Promise<unknown> {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), 15_000)
  try {
    return await bareFetch(path, controller.signal)
  } finally {
    clearTimeout(timer)
  }
}

interface Scenario {
  readonly name: string
  readonly client: () => Promise<unknown>
  readonly bare: () => Promise<unknown>
  readonly bareWithTimeout: () => Promise<unknown>
}

const scenarios: Scenario[] = [
  {
    name: 'listPeople (20 per page)',
    client: () => client.listPeople({ limit: 20 }),
    bare: () => bareFetch('/people?limit=20'),
    bareWithTimeout: () => bareFetchWithTimeout('/people?limit=20'),
  },
  {
    name: 'getPerson (full record)',
    client: () => client.getPerson(personId),
    bare: () => bareFetch(`/people/${personId}`),
    bareWithTimeout: () => bareFetchWithTimeout(`/people/${personId}`),
  },
]

/** Runs `calls` calls with `concurrency` in flight and returns calls per second. */
async function measure(call: () => Promise<unknown>, calls: number): Promise<number> {
  let next = 0
  const worker = async () => {
    while (next < calls) {
      next += 1
      await call()
    }
  }

  const started = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  return calls / ((performance.now() - started) / 1000)
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

const loadAtStart = loadavg()[0] ?? 0
const rows: string[] = []
for (const scenario of scenarios) {
  await measure(scenario.client, warmUpCalls)
  await measure(scenario.bare, warmUpCalls)
  await measure(scenario.bareWithTimeout, warmUpCalls)

  // Rounds alternate between the three so that drift of the machine hits them alike.
  const clientRates: number[] = []
  const bareRates: number[] = []
  const timeoutRates: number[] = []
  for (let round = 0; round < rounds; round += 1) {
    bareRates.push(await measure(scenario.bare, callsPerRound))
    timeoutRates.push(await measure(scenario.bareWithTimeout, callsPerRound))
    clientRates.push(await measure(scenario.client, callsPerRound))
  }

  const clientRate = median(clientRates)
  const bareRate = median(bareRates)
  const overhead = bareRate / clientRate - 1
  const timeoutOverhead = bareRate / median(timeoutRates) - 1
  const verdict = overhead <= maxOverhead ? 'within' : 'over'
  rows.push(
    `| ${scenario.name} | ${bareRate.toFixed(0)} | ${clientRate.toFixed(0)} | ${(overhead * 100).toFixed(1)}% | ${(timeoutOverhead * 100).toFixed(1)}% | ${verdict} |`,
  )
}
const loadAtEnd = loadavg()[0] ?? 0

await sandbox.close()

const table = [
  '| call | bare fetch (calls/s) | client (calls/s) | time added by the client | time added by a timeout signal alone | target ≤ 20% |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows,
].join('\n')
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const command = 'pnpm --filter @talent-sync/clockwork bench'
const body = `${table}

Median of ${rounds} alternating rounds of ${callsPerRound} calls, ${concurrency} in flight, against
the Clockwork sandbox on 127.0.0.1 in the same process. "Time added" is bare rate / client rate - 1,
so it covers the per-call timeout signal, schema validation, error mapping and hooks. The
sandbox runs in the same Node process and answers in well under a millisecond, so those costs
weigh far more here than behind a real network round trip. The timeout column is bare fetch
with the AbortController and timer that the client sets on every attempt, measured in the same
rounds. Other processes shared the machine: the 1-minute load average was
${loadAtStart.toFixed(1)} at the start and ${loadAtEnd.toFixed(1)} at the end of the run. Machine: ${cpus().length} CPUs
(\`nproc\`), ${cpu}, Node ${process.version}. Command: \`${command}\`.`

console.log(table)
const benchmarksPath = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url))
await writeMarkdownSection(benchmarksPath, 'Clockwork client', body)
console.log(`\nWrote the "Clockwork client" section of ${benchmarksPath}`)
