/**
 * Measures Clockwork client calls per second against the sandbox, and the ratio to bare `fetch`
 * calls in the same run. Bare calls use the same URL, headers and JSON parsing, without schema or
 * error mapping. Both run once with one call at a time and once with four in flight.
 * Each figure is the median of several fresh processes (`bench/client-run.ts`), because on this
 * kind of machine one process can land 20 points away from the next. The sandbox runs in a child
 * process of its own on 127.0.0.1, as a real server runs apart from its callers.
 * Writes the figures into the "Clockwork client" section of BENCHMARKS.md at the repository root.
 */
import { execFile } from 'node:child_process'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { writeMarkdownSection } from './benchmarks-file.js'
import { startChildSandbox } from './child-sandbox.js'
import type { BatchRate, RunResult } from './client-run.js'
import { scenarioNames } from './scenarios.js'

const runsPerFigure = 5
const maxOverhead = 0.2

/** Calls in flight. The target applies to one at a time, and four show a caller that saturates its CPU. */
const modes = [
  { inFlight: 1, target: true },
  { inFlight: 4, target: false },
] as const

const runScript = fileURLToPath(new URL('./client-run.ts', import.meta.url))

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

/** Summary of one run: its median rates, and the median of its rounds' bare/client ratios. */
interface RunSummary {
  readonly bare: number
  readonly client: number
  readonly bareCpu: number
  readonly clientCpu: number
  readonly overhead: number
}

function summariseRun(result: RunResult): RunSummary {
  const perSecond = (rates: BatchRate[]) => median(rates.map((rate) => rate.perSecond))
  const cpu = (rates: BatchRate[]) => median(rates.map((rate) => rate.cpuMicros))
  // Each round runs a bare and a client batch back to back, so the median of the pairs' ratios
  // shrugs off drift of the machine better than a ratio of medians.
  const ratios = result.bare.map((rate, index) => {
    const client = result.client[index]
    return client === undefined ? Number.NaN : rate.perSecond / client.perSecond
  })
  return {
    bare: perSecond(result.bare),
    client: perSecond(result.client),
    bareCpu: cpu(result.bare),
    clientCpu: cpu(result.client),
    overhead: median(ratios) - 1,
  }
}

async function runOnce(url: string, scenario: number, inFlight: number): Promise<RunSummary> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', import.meta.resolve('tsx'), runScript, url, String(scenario), String(inFlight)],
    { maxBuffer: 1024 * 1024 },
  )
  return summariseRun(JSON.parse(stdout) as RunResult)
}

function percent(value: number): string {
  return `${(value * 100).toFixed(1)}%`
}

/** Runs one scenario in one mode in fresh processes and returns its Markdown table row. */
async function measureFigure(
  url: string,
  scenario: number,
  mode: (typeof modes)[number],
): Promise<string> {
  const runs: RunSummary[] = []
  for (let run = 0; run < runsPerFigure; run += 1) {
    runs.push(await runOnce(url, scenario, mode.inFlight))
  }

  const overheads = runs.map((run) => run.overhead)
  const overhead = median(overheads)
  const verdict = overhead <= maxOverhead ? 'within' : 'over'
  const pick = (key: keyof RunSummary) => median(runs.map((run) => run[key]))
  const cells = [
    scenarioNames[scenario] ?? String(scenario),
    String(mode.inFlight),
    pick('bare').toFixed(0),
    pick('client').toFixed(0),
    percent(overhead),
    `${percent(Math.min(...overheads))} to ${percent(Math.max(...overheads))}`,
    `${pick('bareCpu').toFixed(0)} / ${pick('clientCpu').toFixed(0)}`,
    mode.target ? verdict : `(${verdict})`,
  ]
  return `| ${cells.join(' | ')} |`
}

const loadAtStart = loadavg()[0] ?? 0
const rows: string[] = []
const sandbox = await startChildSandbox()
try {
  for (const scenario of scenarioNames.keys()) {
    for (const mode of modes) {
      rows.push(await measureFigure(sandbox.url, scenario, mode))
    }
  }
} finally {
  await sandbox.stop()
}
const loadAtEnd = loadavg()[0] ?? 0

const table = [
  '| call | in flight | bare fetch (calls/s) | client (calls/s) | time added by the client | range over runs | CPU µs per call, bare / client | target ≤ 20% |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...rows,
].join('\n')
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const command = 'pnpm --filter @talent-sync/clockwork bench'
const body = `${table}

Each row is the median of ${runsPerFigure} runs, each in a fresh Node process
(\`bench/client-run.ts\`): after warm-up calls, a run alternates batches of bare calls and
client calls, and its "time added" is the median over its rounds of bare rate / client rate - 1.
"Range over runs" shows how far single runs spread. The time added covers the client's schema
validation, error mapping, hooks and path building. The CPU column is the measuring process's
CPU time per call, all threads included. The Clockwork sandbox runs in its own Node process on
127.0.0.1 (\`bench/sandbox-process.ts\`, seeded, on a free port), because a caller of the client
always talks to a server in another process across a socket.

The target applies to one call at a time, which is how talent-sync calls Clockwork: each sync
job awaits one call before the next, and the firm's rate limit keeps calls far below the rates
above. Nearly all of the time added is the validation of the response. For a full person record
it took about 5 µs per call in a warm loop but 17 to 19 µs between real requests, when caches
are cold (timed in a separate probe). On this machine, time spent in the caller costs more than
itself in throughput, because the sandbox waits longer and takes longer to wake: in the same
probe, a 15 µs busy-wait added to bare fetch lowered its rate by about 28 µs per call at four in
flight. So the four-in-flight rows, where the measuring process saturates one of the two CPUs,
can land above 20%; their verdict is in parentheses because they are not the target.

Other processes shared the machine: the 1-minute load average was ${loadAtStart.toFixed(1)} at
the start and ${loadAtEnd.toFixed(1)} at the end of the run. Machine: ${cpus().length} CPUs
(\`nproc\`), ${cpu}, Node ${process.version}. Command: \`${command}\`.`

console.log(table)
const benchmarksPath = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url))
await writeMarkdownSection(benchmarksPath, 'Clockwork client', body)
console.log(`\nWrote the "Clockwork client" section of ${benchmarksPath}`)
