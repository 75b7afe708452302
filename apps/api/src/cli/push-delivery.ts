import { createHash } from 'node:crypto'

import { LIMITS, type FieldIssue, type Person, type PlatformEventInput } from '@talent-sync/core'

import { MAX_BODY_BYTES } from '../app.js'
import { SIGNATURE_HEADER, signBody } from '../auth/signature.js'

/** Where and as whom `talent-sync push` sends events. */
export interface PushTarget {
  /** Base URL of the API, such as `http://127.0.0.1:3000`. */
  apiUrl: string
  teamId: string
  signingSecret: string
  /** The team user whose campaign the people are added to. */
  userId: string
  /** Campaign name; without it the events name no campaign. */
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
  /** Why sending stopped early, such as a rejected signature or an unreachable API. */
  failure?: string
  /** People not sent because sending stopped early. */
  notSent: number
}

/** Dependencies of {@link deliverPeople}, replaceable in tests. */
export interface DeliveryOptions {
  fetch: typeof fetch
  now: () => Date
  /** Called after each answered request with the number of people handled so far. */
  onProgress?: (handled: number) => void
}

// The API rejects larger bodies with 413; the margin leaves room for the batch wrapper.
const MAX_BATCH_BYTES = MAX_BODY_BYTES - 1024

/**
 * Sends each person as a signed `person.added_to_campaign` event to
 * `POST /v1/events`, in batches of up to 500 events and 1 MiB. A batch the
 * API rejects with 400 is sent again without the events it named, so one
 * bad person does not keep the others out. Event ids depend only on the
 * campaign and the person id, so a second run is accepted as a duplicate
 * and not queued again. Sending stops at the first answer that is neither
 * 202, 400 nor 413, such as a 401 for a wrong team or secret.
 */
export async function deliverPeople(
  people: readonly Person[],
  target: PushTarget,
  options: DeliveryOptions,
): Promise<DeliveryReport> {
  const report: DeliveryReport = { accepted: 0, duplicates: 0, rejected: [], notSent: 0 }
  const occurredAt = options.now().toISOString()
  const pending = people.map((person) => ({ person, event: buildEvent(person, target, occurredAt) }))
  let handled = 0

  for (const batch of splitBatches(pending, report)) {
    if (report.failure) {
      report.notSent += batch.length
      continue
    }
    await sendBatch(batch, target, options, report)
    handled += batch.length
    options.onProgress?.(handled + report.rejected.length - countOversized(report))
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
