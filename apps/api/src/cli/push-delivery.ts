import { createHash } from 'node:crypto'

import { LIMITS, type FieldIssue, type Person, type PlatformEventInput } from '@talent-sync/core'

import { MAX_BODY_BYTES } from '../app.js'
import { SIGNATURE_HEADER, signBody } from '../auth/signature.js'

/** The API, team, user and campaign that `talent-sync push` sends events to. */
export interface PushTarget {
  /** Base URL of the API, such as `http://127.0.0.1:3000`. */
  apiUrl: string
  teamId: string
  signingSecret: string
  /** The team user whose campaign the people are added to. */
  userId: string
  /** Campaign name. Without it, the events name no campaign. */
  campaignName?: string
}

/** A person the API did not accept, and why. */
export interface PersonRejection {
  person: Person
  reason: string
  issues: FieldIssue[]
}

/** Outcome of {@link deliverPeople}. */
export interface DeliveryReport {
  /** People whose events the API accepted, including those it had seen before. */
  accepted: number
  /** Of the accepted, the events the API had already accepted before, so it did not queue them again. */
  duplicates: number
  rejected: PersonRejection[]
  /** The reason sending stopped early, such as a rejected signature or an unreachable API. */
  failure?: string
  /** People not sent because sending stopped early. */
  notSent: number
}

/** Dependencies of {@link deliverPeople}, replaceable in tests. */
export interface DeliveryOptions {
  fetch: typeof fetch
  now: () => Date
  /** Called after each batch with the number of people handled so far. */
  onProgress?: (handled: number) => void
}

// The API rejects larger bodies with 413, and the margin leaves room for the batch wrapper.
const MAX_BATCH_BYTES = MAX_BODY_BYTES - 1024

/**
 * Sends each person as a signed `person.added_to_campaign` event to
 * `POST /v1/events`, in batches of up to 500 events and 1 MiB. A batch the
 * API rejects with 400 is sent again without the events it named, so one
 * bad person does not keep the others out. Event ids depend only on the
 * campaign and the person id, so a second run is accepted as a duplicate
 * and not queued again. Sending stops at the first response that is neither
 * 202, 400 nor 413, such as a 401 for a wrong team or secret.
 */
export async function deliverPeople(
  people: readonly Person[],
  target: PushTarget,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { accepted: 0, duplicates: 0, rejected: [], notSent: 0 }
  const occurredAt = options.now().toISOString()
  const pending = people.map((person) => ({
    person,
    event: buildEvent(person, target, occurredAt),
  }))

  const batches = splitBatches(pending, report)
  let handled = report.rejected.length
  for (const batch of batches) {
    if (report.failure) {
      report.notSent += batch.length
      continue
    }

    await sendBatch(batch, target, options, report)
    handled += batch.length
    options.onProgress?.(handled)
  }

  return report
}

interface PendingEvent {
  person: Person
  event: PlatformEventInput
}

function buildEvent(person: Person, target: PushTarget, occurredAt: string): PlatformEventInput {
  const campaign = target.campaignName
    ? { id: `cmp_${hashHex(`campaign\n${target.campaignName}`, 24)}`, name: target.campaignName }
    : null

  return {
    id: `evt_push_${hashHex(`${campaign?.id ?? ''}\n${person.id}`, 32)}`,
    type: 'person.added_to_campaign',
    occurredAt,
    teamId: target.teamId,
    userId: target.userId,
    campaign,
    person,
  }
}

function hashHex(text: string, length: number): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length)
}

/**
 * Splits events into batches within the API's count and size limits. An
 * event that alone exceeds the size limit is rejected here.
 */
function splitBatches(pending: readonly PendingEvent[], report: DeliveryReport): PendingEvent[][] {
  const batches: PendingEvent[][] = []
  let batch: PendingEvent[] = []
  let batchBytes = 0

  for (const item of pending) {
    const bytes = Buffer.byteLength(JSON.stringify(item.event)) + 1
    if (bytes > MAX_BATCH_BYTES) {
      report.rejected.push({
        person: item.person,
        reason: `Its event is ${bytes} bytes, over the API's limit of ${MAX_BODY_BYTES} bytes per request.`,
        issues: [],
      })
      continue
    }

    if (batch.length === LIMITS.batchEvents || batchBytes + bytes > MAX_BATCH_BYTES) {
      batches.push(batch)
      batch = []
      batchBytes = 0
    }
    batch.push(item)
    batchBytes += bytes
  }

  if (batch.length > 0) batches.push(batch)
  return batches
}

/** The API response: status and parsed JSON body, or the reason no response arrived. */
type ApiResponse = { status: number; body: ApiBody } | { failure: string }

interface ApiBody {
  duplicates?: string[]
  error?: { code?: string; message?: string; errors?: FieldIssue[] }
}

async function postEvents(
  events: readonly PlatformEventInput[],
  target: PushTarget,
  options: DeliveryOptions,
): Promise<ApiResponse> {
  const rawBody = JSON.stringify({ events })
  const timestamp = Math.floor(options.now().getTime() / 1000)
  const url = `${target.apiUrl.replace(/\/+$/, '')}/v1/events`

  let response: Response
  try {
    response = await options.fetch(url, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        [SIGNATURE_HEADER]: signBody(target.signingSecret, rawBody, timestamp),
      },
      body: rawBody,
    })
  } catch (error) {
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return { failure: `Could not reach ${url}${cause ? ` (${cause})` : ''}; is the API running?` }
  }

  const text = await response.text()
  try {
    return { status: response.status, body: text ? (JSON.parse(text) as ApiBody) : {} }
  } catch {
    return { status: response.status, body: {} }
  }
}

/**
 * Sends one batch and records its outcome. A 400 names the bad events by
 * path (`events.N.…`): those people are rejected and the rest are sent
 * again. A 413 splits the batch in two.
 */
async function sendBatch(
  batch: readonly PendingEvent[],
  target: PushTarget,
  options: DeliveryOptions,
  report: DeliveryReport,
): Promise<void> {
  let remaining = [...batch]

  while (remaining.length > 0) {
    const response = await postEvents(
      remaining.map((item) => item.event),
      target,
      options,
    )
    if ('failure' in response) return stop(report, response.failure, remaining.length)

    if (response.status === 202) {
      report.accepted += remaining.length
      report.duplicates += response.body.duplicates?.length ?? 0
      return
    }

    if (response.status === 413 && remaining.length > 1) {
      const half = Math.ceil(remaining.length / 2)
      await sendBatch(remaining.slice(0, half), target, options, report)
      if (!report.failure) await sendBatch(remaining.slice(half), target, options, report)
      else report.notSent += remaining.length - half
      return
    }

    if (response.status !== 400 && response.status !== 413) {
      return stop(report, describeFailure(response.status, response.body), remaining.length)
    }
    remaining = rejectNamedEvents(remaining, response.body, report)
  }
}

/** Rejects the events a 400 names and returns the others; with none named, rejects all. */
function rejectNamedEvents(
  batch: readonly PendingEvent[],
  body: ApiBody,
  report: DeliveryReport,
): PendingEvent[] {
  const issuesByIndex = new Map<number, FieldIssue[]>()
  for (const issue of body.error?.errors ?? []) {
    const match = /^events\.(\d+)\.(.+)$/.exec(issue.path)
    if (!match) continue
    const index = Number(match[1])
    const issues = issuesByIndex.get(index) ?? []
    issues.push({ path: match[2] ?? '', message: issue.message })
    issuesByIndex.set(index, issues)
  }

  const reason = body.error?.message ?? 'The API rejected the event.'
  if (
    issuesByIndex.size === 0 ||
    [...issuesByIndex.keys()].some((index) => index >= batch.length)
  ) {
    for (const item of batch) {
      report.rejected.push({ person: item.person, reason, issues: body.error?.errors ?? [] })
    }
    return []
  }

  batch.forEach((item, index) => {
    const issues = issuesByIndex.get(index)
    if (issues)
      report.rejected.push({ person: item.person, reason: 'The API rejected its event.', issues })
  })
  return batch.filter((_item, index) => !issuesByIndex.has(index))
}

function stop(report: DeliveryReport, failure: string, notSent: number): void {
  report.failure = failure
  report.notSent += notSent
}

function describeFailure(status: number, body: ApiBody): string {
  const code = body.error?.code ?? 'no error code'
  const message = body.error?.message ?? 'no message'
  const hint =
    status === 401
      ? ' Check the team id and the signing secret (--team and --secret), and that this clock is within the API signature tolerance (5 minutes by default).'
      : ''
  return `The API returned ${status} (${code}): ${message}${hint}`
}
