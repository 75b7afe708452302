import {
  buildFieldCatalogue,
  decideEvent,
  mapPersonToDraft,
  selectBackfillNotes,
  type EventDecision,
  type MatchDecision,
  type PlatformEvent,
  type SettingsDocument,
} from '@talent-sync/core'
import { findMatch, toMatchSubject } from '@talent-sync/crm-sync'
import type { MatchChoice } from '@talent-sync/jobs'
import {
  createPersonLink,
  getPersonLink,
  listActivity,
  markPersonSynced,
  recordActivity,
  type Executor,
} from '@talent-sync/store'
import type { Logger } from 'pino'

import type { TagCache } from '../crm/tag-cache.js'
import type { ConnectedCrm } from '../crm/team-clients.js'
import {
  deferNote,
  listDeferredNotes,
  noteInputOf,
  resolveDeferredNotes,
} from './deferred-notes.js'
import { findCreatedPerson } from './recover-create.js'
import { retryTransient, type PauseFirm } from './retry-rounds.js'
import { buildNotes, syncPerson, writeNotes, type PersonWriteContext } from './sync-person.js'

/** Outcome of applying one event. */
export type SyncOutcome =
  | { kind: 'synced'; crmPersonId: string; created: boolean; notesWritten: number }
  | { kind: 'notes_written'; crmPersonId: string; notesWritten: number }
  | { kind: 'note_deferred' }
  | { kind: 'needs_review'; activityId: string }
  | { kind: 'skipped'; reason: string }

/** One event to apply, with the team's client and the user's settings. */
export interface SyncRequest {
  db: Executor
  crm: ConnectedCrm
  tags: TagCache
  logger: Logger
  jobId: string
  /** Pauses every process's calls to the firm after a 429. */
  pauseFirm: PauseFirm
  event: PlatformEvent
  settings: SettingsDocument
  /** A reviewer's decision, when the job was queued again after a review. */
  matchChoice?: MatchChoice | undefined
  /**
   * Pushes the person whatever the sync trigger is, and again when already
   * synced: a recruiter's push by hand, or a re-sync after a settings change.
   */
  forceSync?: boolean
  signal?: AbortSignal
}

// The firm's own tags and statuses only add choices for tagged fields, which the
// mapping checks by key, so the built-in catalogue is enough to map a person.
const CATALOGUE = buildFieldCatalogue()

function writeContext(request: SyncRequest): PersonWriteContext {
  const { event } = request
  return {
    db: request.db,
    crm: request.crm,
    tags: request.tags,
    logger: request.logger,
    teamId: event.teamId,
    platformPersonId: event.person.id,
    firstName: event.person.firstName ?? null,
    lastName: event.person.lastName ?? null,
    jobId: request.jobId,
    pauseFirm: request.pauseFirm,
    ...(request.signal === undefined ? {} : { signal: request.signal }),
  }
}

function matchTarget(
  choice: MatchChoice | undefined,
  match: MatchDecision | undefined,
): string | null {
  if (choice !== undefined) return choice.kind === 'link' ? choice.crmPersonId : null
  if (match?.kind === 'matched') return match.candidate.id
  return null
}

/**
 * Applies one platform event. Core's `decideEvent` decides whether the
 * person is synced now and what happens to the event's note. The CRM person
 * is the stored link, then a person an earlier try created, then a match
 * unless "do not merge" is on, and every write goes through the journal. A match
 * that core calls ambiguous is parked as needs-review and nothing is
 * written. Records the outcome in the activity feed.
 */
export async function syncEvent(request: SyncRequest): Promise<SyncOutcome> {
  const { db, event, settings } = request
  const context = writeContext(request)

  const link = await getPersonLink(db, event.teamId, event.person.id)
  const retryOptions = { pauseFirm: request.pauseFirm }
  const known =
    link?.crmPersonId ??
    (await retryTransient(() => findCreatedPerson(context), request.logger, retryOptions))
  const linkState = { crmPersonId: known, syncedByUs: link !== undefined }
  let decision = decideEvent({ event, settings, link: linkState, existingMatch: false })
  if (request.forceSync === true)
    decision = { ...decision, sync: { now: true, reason: 'pushed on request' } }

  let match: MatchDecision | undefined
  const ifMatched = decideEvent({ event, settings, link: linkState, existingMatch: true })
  const noteCouldGoToMatch = decision.note.kind !== 'write' && ifMatched.note.kind === 'write'
  const wantsMatch =
    known === null && !settings.general.doNotMerge && request.matchChoice === undefined
  if (wantsMatch && (decision.sync.now || noteCouldGoToMatch)) {
    const subject = toMatchSubject(event.person)
    match = await retryTransient(
      () => findMatch(request.crm.client, subject, request.signal),
      request.logger,
      retryOptions,
    )
    if (!decision.sync.now && match.kind === 'matched') decision = ifMatched
  }

  if (decision.sync.now) {
    if (match?.kind === 'needs_review') return parkForReview(request, match, decision)
    const target = known ?? matchTarget(request.matchChoice, match)
    return pushPerson(
      request,
      context,
      { target, createdByUs: link === undefined && known !== null },
      decision,
    )
  }
  return handleNoteOnly(request, context, known ?? matchTarget(undefined, match), decision)
}

async function pushPerson(
  request: SyncRequest,
  context: PersonWriteContext,
  target: { target: string | null; createdByUs: boolean },
  decision: EventDecision,
): Promise<SyncOutcome> {
  const { db, event, settings } = request
  const draft = mapPersonToDraft(
    event.person,
    event.taggedFields,
    settings.fieldMapping,
    CATALOGUE,
    {
      displayedFields: settings.sync.displayedFields,
    },
  )

  const deferred = await listDeferredNotes(db, event.teamId, event.person.id)
  const backfill = selectBackfillNotes(deferred, settings).map((note) => note.noteInput)
  const ownNote = decision.note.kind === 'write' ? [noteInputOf(event)] : []
  const notes = buildNotes([...backfill, ...ownNote])

  const result = await syncPerson(context, { ...target, draft, settings, notes })

  await createPersonLink(db, {
    teamId: event.teamId,
    platformPersonId: event.person.id,
    crmPersonId: result.crmPersonId,
  })
  await markPersonSynced(db, event.teamId, event.person.id)
  await resolveDeferredNotes(db, event.teamId, deferred)

  const notesWritten = result.operations.filter((operation) => operation.kind === 'add_note').length
  await recordActivity(db, {
    teamId: event.teamId,
    userId: event.userId,
    platformPersonId: event.person.id,
    eventId: event.id,
    kind: 'synced',
    reasons: [decision.sync.reason],
    details: {
      crmPersonId: result.crmPersonId,
      created: result.created,
      operations: result.operations.map((operation) => operation.stepKey),
      backfilledNotes: backfill.length,
      dropped: draft.dropped,
      // Kept so that a re-sync of every linked person can map the person again.
      person: event.person,
      taggedFields: event.taggedFields,
    },
  })

  return { kind: 'synced', crmPersonId: result.crmPersonId, created: result.created, notesWritten }
}

async function handleNoteOnly(
  request: SyncRequest,
  context: PersonWriteContext,
  target: string | null,
  decision: EventDecision,
): Promise<SyncOutcome> {
  const { db, event } = request
  const note = decision.note

  if (note.kind === 'defer' && note.outreachType !== undefined) {
    await deferNote(db, { event, outreachType: note.outreachType, reason: note.reason })
    return { kind: 'note_deferred' }
  }
  if (note.kind !== 'write' || target === null) {
    return { kind: 'skipped', reason: `${decision.sync.reason}; ${note.reason}` }
  }

  const written = await writeNotes(context, target, buildNotes([noteInputOf(event)]))
  await recordActivity(db, {
    teamId: event.teamId,
    userId: event.userId,
    platformPersonId: event.person.id,
    eventId: event.id,
    kind: 'note_written',
    reasons: [note.reason],
    details: {
      crmPersonId: target,
      outreachType: note.outreachType ?? null,
      written: written.length,
    },
  })
  return { kind: 'notes_written', crmPersonId: target, notesWritten: written.length }
}

/**
 * Parks the event for review, unless the person already has an open review:
 * then the event's note is kept until the review is decided, when the
 * reviewed job's first sync backfills it, and no second review is opened.
 */
async function parkForReview(
  request: SyncRequest,
  match: Extract<MatchDecision, { kind: 'needs_review' }>,
  decision: EventDecision,
): Promise<SyncOutcome> {
  const { event } = request
  const open = await listActivity(request.db, event.teamId, {
    kinds: ['needs_review'],
    status: 'open',
    platformPersonId: event.person.id,
    limit: 1,
  })
  const openReview = open.items[0]
  if (openReview !== undefined) {
    const note = decision.note
    if (note.kind === 'write' && note.outreachType !== undefined) {
      const reason = 'kept until the open review of this person is decided'
      await deferNote(request.db, { event, outreachType: note.outreachType, reason })
    }
    return { kind: 'needs_review', activityId: openReview.id }
  }

  const entry = await recordActivity(request.db, {
    teamId: event.teamId,
    userId: event.userId,
    platformPersonId: event.person.id,
    eventId: event.id,
    kind: 'needs_review',
    reasons: [`match ${match.why.replace('_', ' ')}`, decision.sync.reason],
    details: {
      why: match.why,
      candidates: match.candidates.map((candidate) => ({
        crmPersonId: candidate.candidate.id,
        firstName: candidate.candidate.firstName ?? null,
        lastName: candidate.candidate.lastName ?? null,
        score: candidate.score,
        reasons: candidate.reasons,
      })),
      // The job to queue again with the reviewer's decision as `matchChoice`.
      job: { kind: 'sync', teamId: event.teamId, userId: event.userId, eventId: event.id, event },
    },
  })

  // Warn level, because the person stays out of the CRM until someone decides the review.
  request.logger.warn(
    {
      activityId: entry.id,
      why: match.why,
      candidateIds: match.candidates.map((candidate) => candidate.candidate.id),
    },
    'match needs review, person not synced until a reviewer decides',
  )
  return { kind: 'needs_review', activityId: entry.id }
}
