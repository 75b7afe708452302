/**
 * One measurement of the client benchmark, in a fresh process: alternates bare and client calls
 * of one scenario against the sandbox at the given URL and prints one JSON line of results.
 * Usage: `tsx bench/client-run.ts <sandbox URL> <scenario index> <calls in flight>`.
 */
import { buildScenarios } from './scenarios.js'

const warmUpCalls = 500
const callsPerRound = 100
const rounds = 21

/** Rate of one batch of calls. */
export interface BatchRate {
  /** Calls per second of wall-clock time. */
  readonly perSecond: number
  /** CPU time of this process per call, in microseconds, all threads included. */
  readonly cpuMicros: number
}

/** Output of one run: a rate per round for each kind, rounds in the same order. */
export interface RunResult {
  readonly bare: BatchRate[]
  readonly client: BatchRate[]
}

/** Runs `calls` calls with `inFlight` of them at a time. */
async function measure(call: () => Promise<unknown>, calls: number, inFlight: number) {
  let next = 0
  const worker = async () => {
    while (next < calls) {
      next += 1
      await call()
    }
  }

  const cpuBefore = process.cpuUsage()
  const started = performance.now()
  await Promise.all(Array.from({ length: inFlight }, worker))
  const seconds = (performance.now() - started) / 1000
  const cpu = process.cpuUsage(cpuBefore)
  return { perSecond: calls / seconds, cpuMicros: (cpu.user + cpu.system) / calls }
}

const [url, scenarioArgument, inFlightArgument] = process.argv.slice(2)
const scenario = (await buildScenarios(url ?? ''))[Number(scenarioArgument)]
const inFlight = Number(inFlightArgument)
if (scenario === undefined || !Number.isInteger(inFlight) || inFlight < 1) {
  throw new Error(
    'Invalid arguments. Usage: client-run.ts <sandbox URL> <scenario index> <calls in flight>',
  )
}

await measure(scenario.client, warmUpCalls, inFlight)
await measure(scenario.bare, warmUpCalls, inFlight)

// Rounds swap which kind goes first, so that drift of the machine hits both alike.
const result: RunResult = { bare: [], client: [] }
for (let round = 0; round < rounds; round += 1) {
  const kinds = [
    async () => result.bare.push(await measure(scenario.bare, callsPerRound, inFlight)),
    async () => result.client.push(await measure(scenario.client, callsPerRound, inFlight)),
  ]
  for (const kind of round % 2 === 0 ? kinds : kinds.reverse()) {
    await kind()
  }
}

process.stdout.write(`${JSON.stringify(result)}\n`)
