/**
 * Measures mapping plus planning of one realistic person against an
 * existing CRM record, as a ratio to `structuredClone` of the same person
 * measured in the same run. Prints a table and records the figures in the
 * "Core planning" section of BENCHMARKS.md at the repository root.
 *
 * Run: pnpm --filter @talent-sync/core bench
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { fileURLToPath } from 'node:url'

import { buildFieldCatalogue } from '../src/catalogue/clockwork.js'
import { mapPersonToDraft } from '../src/mapping/map-person.js'
import { applyPlan } from '../src/planning/apply-plan.js'
import { planSync } from '../src/planning/plan-sync.js'
import type { CrmPersonSnapshot } from '../src/planning/types.js'
import { makeRealisticPerson, makeSettings } from './fixtures.js'

const ROUNDS = 11
const ITERATIONS = 2_000
const TARGET_RATIO = 10
const BENCHMARKS_FILE = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url))

const person = makeRealisticPerson()
const catalogue = buildFieldCatalogue()
const settings = makeSettings((s) => (s.general.updateFullHistory = true))
const existing = makeExistingRecord()

function mapAndPlan(): number {
  const draft = mapPersonToDraft(person, {}, settings.fieldMapping, catalogue, {
    defaultPhoneCountry: 'GB',
  })
  return planSync({ draft, existing, settings, notes: [] }).operations.length
}

function deepCopy(): number {
  return structuredClone(person).workHistory.length
}

/** Builds a CRM record with half of the person's entries, so the plan has work to do. */
function makeExistingRecord(): CrmPersonSnapshot {
  const half = {
    ...person,
    emails: person.emails.slice(0, 2),
    workHistory: person.workHistory.slice(0, 5),
  }
  const draft = mapPersonToDraft(half, {}, settings.fieldMapping, catalogue, {
    defaultPhoneCountry: 'GB',
  })
  const created = applyPlan(
    null,
    planSync({ draft, existing: null, settings, notes: [] }),
    'crm_bench',
  )
  if (created === null) throw new Error('The benchmark record could not be built.')
  return created
}

/** Runs `work` ITERATIONS times and returns the operations per second. */
function measure(work: () => number): number {
  let sink = 0
  const start = process.hrtime.bigint()
  for (let index = 0; index < ITERATIONS; index += 1) sink += work()
  const seconds = Number(process.hrtime.bigint() - start) / 1e9
  if (sink < 0) throw new Error('unreachable')
  return ITERATIONS / seconds
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

function cpuModel(): string {
  return cpus()[0]?.model.trim() ?? 'unknown'
}

function processorCount(): string {
  try {
    return execFileSync('nproc', { encoding: 'utf8' }).trim()
  } catch {
    return String(cpus().length)
  }
}

function writeSection(lines: string[]): void {
  const heading = '## Core planning'
  const section = [heading, '', ...lines, ''].join('\n')
  const current = existsSync(BENCHMARKS_FILE)
    ? readFileSync(BENCHMARKS_FILE, 'utf8')
    : '# Benchmarks\n'

  const start = current.indexOf(heading)
  if (start === -1) {
    writeFileSync(BENCHMARKS_FILE, `${current.trimEnd()}\n\n${section}`)
    return
  }
  const next = current.indexOf('\n## ', start + heading.length)
  const rest = next === -1 ? '' : current.slice(next + 1)
  writeFileSync(BENCHMARKS_FILE, `${current.slice(0, start)}${section}${rest ? `\n${rest}` : ''}`)
}

measure(mapAndPlan)
measure(deepCopy)

const planRates: number[] = []
const copyRates: number[] = []
for (let round = 0; round < ROUNDS; round += 1) {
  copyRates.push(measure(deepCopy))
  planRates.push(measure(mapAndPlan))
}

const planRate = median(planRates)
const copyRate = median(copyRates)
const ratio = copyRate / planRate
const operations = mapAndPlan()

const table = [
  `| measure | per second (median of ${ROUNDS} rounds) |`,
  '| --- | --- |',
  `| map and plan one person (${operations} operations) | ${Math.round(planRate).toLocaleString('en-GB')} |`,
  `| structuredClone of the same person | ${Math.round(copyRate).toLocaleString('en-GB')} |`,
  `| cost of one plan, in deep copies | ${ratio.toFixed(2)} (target: at most ${TARGET_RATIO}) |`,
]
console.log(table.join('\n'))

writeSection([
  'Mapping and planning one realistic person (10 positions, 3 educations, 4 e-mails, 3 phones,',
  '4 social URLs and a custom URL list) against an existing CRM record that has half of its',
  `entries, compared with \`structuredClone\` of the same person in the same run. Each round runs`,
  `${ITERATIONS.toLocaleString('en-GB')} iterations after a warm-up; the table shows the median of ${ROUNDS} rounds.`,
  '',
  ...table,
  '',
  `Machine: ${processorCount()} processors (nproc), ${cpuModel()}, Node ${process.version},`,
  `load average ${loadavg()[0]?.toFixed(1)} during the run; other work on the machine makes the ratio vary between runs.`,
  'Command: `pnpm --filter @talent-sync/core bench` (runs `tsx bench/plan.bench.ts`).',
  '',
  'A CPU profile of this workload (`node --cpu-prof`) puts about a third of the time in',
  'libphonenumber-js parsing the 3 phone numbers, about a quarter in comparing list entries',
  '(planning them and de-duplicating the draft), and about a tenth in parsing URLs.',
])
