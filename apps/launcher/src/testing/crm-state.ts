import { setTimeout as sleep } from 'node:timers/promises'

/** The fields of a sandbox person record that the end-to-end test reads. */
export interface CrmPerson {
  id: string
  firstName: string | null
  lastName: string | null
  biography: string | null
  emails: { address: string }[]
  phoneNumbers: { digits: string }[]
  linkedinUrls: { url: string }[]
  positions: { title: string | null; companyName: string | null }[]
  tags: { tagId: string }[]
}

/** The fields of a sandbox note record that the end-to-end test reads. */
export interface CrmNote {
  personId: string
  content: string
}

/** People and notes of one sandbox firm. */
export interface CrmFirm {
  people: CrmPerson[]
  notes: CrmNote[]
}

/**
 * Reads one firm's records from the sandbox's `GET /_sandbox/state`.
 *
 * @throws {Error} when the call fails or the firm is unknown.
 */
export async function readCrmFirm(sandboxUrl: string, firm: string): Promise<CrmFirm> {
  const response = await fetch(`${sandboxUrl}/_sandbox/state`)
  if (!response.ok) throw new Error(`Reading the sandbox state failed: ${response.status}`)

  const state = (await response.json()) as { firms: Record<string, CrmFirm | undefined> }
  const records = state.firms[firm]
  if (records === undefined) throw new Error(`The sandbox has no firm "${firm}".`)
  return records
}

const BUSY_STATES = ['waiting', 'active', 'delayed', 'prioritized', 'waiting-children', 'paused']

/** Sums the worker's `talent_sync_worker_queue_jobs` gauge over the states that still hold work. */
export function countBusyJobs(metricsText: string): number {
  let busy = 0
  for (const line of metricsText.split('\n')) {
    const match = /^talent_sync_worker_queue_jobs\{state="([^"]+)"\} (\d+)/.exec(line)
    if (match && BUSY_STATES.includes(match[1]!)) busy += Number(match[2])
  }
  return busy
}

/**
 * Polls the worker's `/metrics` until no job waits, runs or is delayed on
 * three reads in a row, so a job queued between two reads is not missed.
 *
 * @throws {Error} when the queue is still busy at the deadline.
 */
export async function waitForIdleWorker(metricsUrl: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  let idleReads = 0

  while (Date.now() < deadline) {
    const response = await fetch(`${metricsUrl}/metrics`)
    const busy = countBusyJobs(await response.text())
    idleReads = busy === 0 ? idleReads + 1 : 0
    if (idleReads === 3) return
    await sleep(250)
  }
  throw new Error(`The worker queue was still busy after ${timeoutMs / 1000} s.`)
}
