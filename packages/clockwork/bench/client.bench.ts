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
  // is less affected by drift of the machine than a ratio of medians.
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

/** Table row of one scenario in one mode, and its median time added. */
interface Figure {
  readonly row: string
  readonly overhead: number
  readonly target: boolean
}

/** Runs one scenario in one mode in fresh processes. */
async function measureFigure(
  url: string,
  scenario: number,
  mode: (typeof modes)[number],
): Promise<Figure> {
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
  return { row: `| ${cells.join(' | ')} |`, overhead, target: mode.target }
}

const loadAtStart = loadavg()[0] ?? 0
const figures: Figure[] = []
const sandbox = await startChildSandbox()
try {
  for (const scenario of scenarioNames.keys()) {
    for (const mode of modes) {
      figures.push(await measureFigure(sandbox.url, scenario, mode))
    }
  }
} finally {
  await sandbox.stop()
}
const loadAtEnd = loadavg()[0] ?? 0

const table = [
  '| call | in flight | bare fetch (calls/s) | client (calls/s) | time added by the client | range over runs | CPU µs per call, bare / client | target ≤ 20% |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |',
  ...figures.map((figure) => figure.row),
].join('\n')
const saturated = figures.filter((figure) => !figure.target).map((figure) => figure.overhead)
const cpu = cpus()[0]?.model ?? 'unknown CPU'
const command = 'pnpm --filter @talent-sync/clockwork bench'
const body = `${table}

Each row is the median of ${runsPerFigure} runs, each in a fresh Node process
(\`bench/client-run.ts\`): after warm-up calls, a run alternates batches of bare calls and
client calls, and its "time added" is the median over its rounds of bare rate / client rate - 1.
"Range over runs" shows how far single runs spread. The time added covers the client's schema
validation, error mapping, hooks, path building and the timer of each attempt's deadline. The CPU column is the measuring process's
CPU time per call, all threads included. The Clockwork sandbox runs in its own Node process on
127.0.0.1 (\`bench/sandbox-process.ts\`, seeded, on a free port), because a caller of the client
always talks to a server in another process across a socket.

The target is judged on one call at a time: the time each call takes through the client,
against bare fetch. A sync job, and the API when it reads the CRM for a preview, awaits each
Clockwork call before the next, so that is the time people wait for. The worker runs several
jobs at once, but the firm's rate limit keeps its calls far below the rates above. With four in
flight the measuring process keeps a CPU busy, so those rows show the client's CPU cost per call
rather than the time a call takes, and work in the caller also delays the next request to the
sandbox. In this run they came to ${percent(Math.min(...saturated))} to
${percent(Math.max(...saturated))}, shown in parentheses because they are not the target.

Other processes shared the machine: the 1-minute load average was ${loadAtStart.toFixed(1)} at
the start and ${loadAtEnd.toFixed(1)} at the end of the run. Machine: ${cpus().length} CPUs
(\`nproc\`), ${cpu}, Node ${process.version}. Command: \`${command}\`.`

console.log(table)
const benchmarksPath = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url))
await writeMarkdownSection(benchmarksPath, 'Clockwork client', body)
console.log(`\nWrote the "Clockwork client" section of ${benchmarksPath}`)
