/**
 * Sync pipeline benchmark. Fictional people go as signed `person.added_to_campaign` events to
 * the API (`createApp`, in this process), which queues them, and one worker (also in this
 * process) writes them into the Clockwork sandbox on 127.0.0.1. A bare BullMQ pipeline of
 * no-op jobs on the same Redis, in the same run, is the baseline. Then the same pipeline against
 * a sandbox that allows R requests per second, to show how much of R the shared rate limiter uses.
 *
 * Needs Redis on 127.0.0.1:6379 and PostgreSQL on 127.0.0.1:5432 (database `test`), like the tests.
 * Run: pnpm --filter @talent-sync/worker bench
 */
import { cpus, loadavg } from 'node:os'

import { faker } from '@faker-js/faker'
import {
  buildFieldCatalogue,
  defaultSettings,
  eventSchema,
  mapPersonToDraft,
  planSync,
  type PlatformEvent,
} from '@talent-sync/core'
import { signBody } from '@talent-sync/api'
import { Queue, Worker } from 'bullmq'
import { pino } from 'pino'

import { createHarnessApi } from '../src/testing/api.js'
import { crmCallCount, crmPeople } from '../src/testing/crm-state.js'
import { startHarness, type Harness } from '../src/testing/harness.js'
import { openTestRedis, uniqueTestName, deleteKeysWithPrefix } from '../src/testing/redis.js'
import { minutesAfterStart } from '../src/testing/people.js'

const PEOPLE = Number(process.env.BENCH_PEOPLE ?? 2_000)
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16)
const LIMITED_RATE = Number(process.env.BENCH_RATE ?? 40)
const LIMITED_PEOPLE = Number(process.env.BENCH_LIMITED_PEOPLE ?? 60)

faker.seed(20261201)

function realisticPerson(index: number) {
  const firstName = faker.person.firstName()
  const lastName = faker.person.lastName()
  const company = faker.company.name()
  const handle = `${firstName}.${lastName}.${index}`.toLowerCase().replace(/[^a-z0-9.]/g, '')
  const pastCompanies = Array.from({ length: faker.number.int({ min: 1, max: 3 }) }, () =>
    faker.company.name(),
  )

  return {
    id: `bench_${index}`,
    firstName,
    lastName,
    jobTitle: faker.person.jobTitle(),
    companyName: company,
    location: `${faker.location.city()}, ${faker.location.country()}`,
    emails: [{ address: `${handle}@example.com`, type: 'work' as const }],
    phones: [
      { number: `+44 20 7946 ${String(index % 10_000).padStart(4, '0')}`, type: 'mobile' as const },
    ],
    socialUrls: { linkedin: `https://www.linkedin.com/in/${handle.replace(/\./g, '-')}` },
    workHistory: [
      {
        title: faker.person.jobTitle(),
        companyName: company,
        startDate: '2021-03',
        endDate: null,
        current: true,
      },
      ...pastCompanies.map((name, offset) => ({
        title: faker.person.jobTitle(),
        companyName: name,
        startDate: `${2012 + offset * 3}-01`,
        endDate: `${2014 + offset * 3}-12`,
        current: false,
      })),
    ],
    education: [
      {
        school: `${faker.location.city()} University`,
        degree: 'BSc',
        fieldOfStudy: 'Mathematics',
        startYear: 2008,
        endYear: 2011,
      },
    ],
    tags: [faker.helpers.arrayElement(['Data', 'Engineering', 'Leadership', 'Product'])],
  }
}

function events(h: Harness, count: number): PlatformEvent[] {
  return Array.from({ length: count }, (_, index) =>
    eventSchema.parse({
      id: `evt_bench_${index}`,
      type: 'person.added_to_campaign',
      occurredAt: minutesAfterStart(index),
      teamId: h.teamId,
      userId: h.userId,
      campaign: { id: 'cmp_bench', name: 'Benchmark campaign' },
      person: realisticPerson(index),
    }),
  )
}

/** Counts the minimum calls the CRM API allows for these people: one create plus one call per entry. */
function minimumCalls(list: readonly PlatformEvent[]): number {
  const settings = defaultSettings()
  const catalogue = buildFieldCatalogue()
  let calls = 0
  for (const event of list) {
    const draft = mapPersonToDraft(
      event.person,
      event.taggedFields,
      settings.fieldMapping,
      catalogue,
      {
        displayedFields: settings.sync.displayedFields,
      },
    )
    calls += planSync({ draft, existing: null, settings, notes: [] }).operations.length
  }
  return calls
}

async function bareBullmq(count: number): Promise<number> {
  const redis = openTestRedis()
  const name = uniqueTestName('bench-bare')
  const queue = new Queue(name, { connection: redis })
  let done = 0
  let finish: () => void = () => undefined
  const finished = new Promise<void>((resolve) => (finish = resolve))
  const worker = new Worker(name, async () => undefined, {
    connection: redis,
    concurrency: CONCURRENCY,
  })
  worker.on('completed', () => {
    done += 1
    if (done === count) finish()
  })

  const started = performance.now()
  await queue.addBulk(
    Array.from({ length: count }, (_, index) => ({ name: 'noop', data: { index } })),
  )
  await finished
  const seconds = (performance.now() - started) / 1000

  await worker.close()
  await queue.obliterate({ force: true })
  await queue.close()
  await deleteKeysWithPrefix(redis, `bull:${name}`)
  await redis.quit()
  return count / seconds
}

/** Sends events to the API's `POST /v1/events` in signed batches of 500, as the platform does. */
async function postThroughApi(h: Harness, list: readonly PlatformEvent[]): Promise<void> {
  const app = createHarnessApi(h)

  for (let start = 0; start < list.length; start += 500) {
    const body = JSON.stringify({ events: list.slice(start, start + 500) })
    const response = await app.request('/v1/events', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-talent-sync-signature': signBody(h.signingSecret, body, Math.floor(Date.now() / 1000)),
      },
      body,
    })
    if (response.status !== 202) {
      throw new Error(`The API responded with ${response.status}: ${await response.text()}`)
    }
  }
}

async function pipeline(count: number) {
  const harness = await startHarness({ requestsPerSecond: 100_000 })
  try {
    const list = events(harness, count)
    harness.startWorker({
      concurrency: CONCURRENCY,
      logger: pino({ level: 'silent' }),
      timings: {},
    })

    const started = performance.now()
    await postThroughApi(harness, list)
    await harness.waitUntilIdle(600_000)
    const seconds = (performance.now() - started) / 1000

    const calls = crmCallCount(harness)
    return {
      peoplePerSecond: count / seconds,
      seconds,
      created: crmPeople(harness).length,
      failed: await harness.queue.getJobCountByTypes('failed'),
      callsPerPerson: calls.total / count,
      minimumPerPerson: minimumCalls(list) / count,
      byRoute: calls.byRoute,
    }
  } finally {
    await harness.close()
  }
}

async function limitedPipeline(count: number, rate: number) {
  const harness = await startHarness({ requestsPerSecond: rate })
  try {
    harness.setFaults({ requestsPerSecond: rate })
    const list = events(harness, count)
    harness.startWorker({
      concurrency: CONCURRENCY,
      logger: pino({ level: 'silent' }),
      timings: {},
    })

    const started = performance.now()
    await harness.enqueue(list)
    await harness.waitUntilIdle(600_000)
    const seconds = (performance.now() - started) / 1000

    const calls = crmCallCount(harness)
    const answered = calls.total - (calls.byStatus['429'] ?? 0)
    return {
      achieved: answered / seconds,
      share: answered / seconds / rate,
      rejected429: calls.byStatus['429'] ?? 0,
      failed: await harness.queue.getJobCountByTypes('failed'),
      created: crmPeople(harness).length,
      seconds,
    }
  } finally {
    await harness.close()
  }
}

const loadBefore = loadavg()[0]!.toFixed(1)
const bare = await bareBullmq(PEOPLE)
const run = await pipeline(PEOPLE)
const limited = await limitedPipeline(LIMITED_PEOPLE, LIMITED_RATE)
const loadAfter = loadavg()[0]!.toFixed(1)

const rows: [string, string][] = [
  ['people synced', `${run.created} of ${PEOPLE} (${run.failed} failed jobs)`],
  ['people per second', run.peoplePerSecond.toFixed(1)],
  ['bare BullMQ no-op jobs per second', bare.toFixed(0)],
  ['pipeline / bare BullMQ', `${((run.peoplePerSecond / bare) * 100).toFixed(2)}%`],
  ['CRM calls per person', run.callsPerPerson.toFixed(2)],
  ['minimum calls per person (create + one per entry)', run.minimumPerPerson.toFixed(2)],
  [`rate-limited run: achieved rate at R = ${LIMITED_RATE}/s`, `${limited.achieved.toFixed(1)}/s`],
  ['rate-limited run: share of R', `${(limited.share * 100).toFixed(1)}% (target ≥ 90%)`],
  [
    'rate-limited run: 429s, failed jobs',
    `${limited.rejected429}, ${limited.failed} (${limited.created} of ${LIMITED_PEOPLE} people)`,
  ],
]

console.log(
  `\nSync worker benchmark: ${PEOPLE} people, concurrency ${CONCURRENCY}, ${cpus().length} CPUs, Node ${process.version}, load ${loadBefore} -> ${loadAfter}\n`,
)
console.log('| measure | value |\n| --- | --- |')
for (const [measure, value] of rows) console.log(`| ${measure} | ${value} |`)
console.log(`\nCalls by route: ${JSON.stringify(run.byRoute)}`)
