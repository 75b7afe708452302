/**
 * Measures Clockwork client calls per second against the sandbox, and the ratio to bare
 * `fetch` calls (same URL, headers and JSON parsing, no schema or error mapping) in the same run.
 * The sandbox runs in a child process on 127.0.0.1, as a real server runs apart from its callers,
 * so its CPU work does not compete with the client on the benchmark's thread.
 * A third column times bare `fetch` with a per-call timeout signal, as the client sets one, to
 * show how much of the gap the timeout alone costs.
 * Writes the figures into the "Clockwork client" section of BENCHMARKS.md at the repository root.
 */
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

import { writeMarkdownSection } from './benchmarks-file.js'
import { startChildSandbox } from './child-sandbox.js'
import { buildScenarios, type Scenario } from './scenarios.js'

const warmUpCalls = 500
const callsPerRound = 400
const rounds = 9
const concurrency = 4
const maxOverhead = 0.2

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

/** Warms up, runs the rounds of one scenario and returns its Markdown table row. */
async function measureScenario(scenario: Scenario): Promise<string> {
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
  return `| ${scenario.name} | ${bareRate.toFixed(0)} | ${clientRate.toFixed(0)} | ${(overhead * 100).toFixed(1)}% | ${(timeoutOverhead * 100).toFixed(1)}% | ${verdict} |`
}

const loadAtStart = loadavg()[0] ?? 0
const rows: string[] = []
const sandbox = await startChildSandbox()
try {
  for (const scenario of await buildScenarios(sandbox.url)) {
    rows.push(await measureScenario(scenario))
  }
} finally {
  await sandbox.stop()
}
const loadAtEnd = loadavg()[0] ?? 0

const table = [
  '| call | bare fetch (calls/s) | client (calls/s) | time added by the client | time added by a timeout signal alone | target ≤ 20% |',
  '| --- | ---: | ---: | ---: | ---: | --- |',
  ...rows,
].join('\n')
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const command = 'pnpm --filter @talent-sync/clockwork bench'
const body = `${table}

Median of ${rounds} alternating rounds of ${callsPerRound} calls, ${concurrency} in flight, after
${warmUpCalls} warm-up calls of each kind. The Clockwork sandbox runs in its own Node process
on 127.0.0.1 (\`bench/sandbox-process.ts\`, seeded, on a free port), because a caller of the
client always talks to a server in another process across a socket. With the sandbox in the
benchmark's process, its routing and serialising shared one thread with the client and slowed
bare and client calls alike. "Time added" is bare rate / client rate - 1, so it covers the per-call
timeout signal, schema validation, error mapping and hooks. The sandbox answers in well under a
millisecond, so those costs weigh far more here than behind a real network round trip. The
timeout column is bare fetch with the AbortController and timer that the client sets on every
attempt, measured in the same rounds. Other processes shared the machine: the 1-minute load
average was ${loadAtStart.toFixed(1)} at the start and ${loadAtEnd.toFixed(1)} at the end of the run. Machine: ${cpus().length} CPUs
(\`nproc\`), ${cpu}, Node ${process.version}. Command: \`${command}\`.`

console.log(table)
const benchmarksPath = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url))
await writeMarkdownSection(benchmarksPath, 'Clockwork client', body)
console.log(`\nWrote the "Clockwork client" section of ${benchmarksPath}`)
