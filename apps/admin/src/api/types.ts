import type {
  DroppedValue,
  EffectiveSetting,
  FieldCatalogue,
  SettingChange,
  SettingKey,
  SettingsDocument,
  SyncPlan,
  UserOverrides,
} from '@talent-sync/core'

/** Role of a user within their team. */
export type Role = 'admin' | 'member'

/** The signed-in user. */
export interface SessionUser {
  id: string
  email: string
  name?: string | null
  role: Role
}

/** The team of the signed-in user. */
export interface SessionTeam {
  id: string
  name: string
}

/** Response body of `POST /v1/session` and `GET /v1/session`. */
export interface SessionInfo {
  user: SessionUser
  team: SessionTeam
  /** Sent back as `X-CSRF-Token` on every request that changes something. */
  csrfToken: string
}

/** State of the team's CRM connection. */
export type ConnectionState = 'not_configured' | 'connected' | 'needs_reconnect' | 'disconnected'

/** Response body of `GET /v1/connection`: the status with masked credentials only. */
export interface ConnectionInfo {
  status: ConnectionState
  firmSubdomain: string | null
  /** The firm's CRM request budget per second. */
  requestsPerSecond?: number | null
  /** Last failure the CRM reported, such as rejected credentials. */
  lastError: string | null
  verifiedAt: string | null
  /** The last characters of each credential; never a whole value. */
  credentials: { apiKey: string; apiSecret: string; serviceKey: string } | null
}

/** Body of `POST /v1/connection`. */
export interface ConnectionCredentials {
  firmSubdomain: string
  apiKey: string
  apiSecret: string
  serviceKey: string
}

/** Response body of `POST /v1/signing-secret/rotate`: the new secret, shown once. */
export interface SigningSecret {
  signingSecret: string
  /** Until then, events signed with the previous secret still verify. */
  previousValidUntil: string
}

/** Response body of `GET /v1/settings`. */
export interface SettingsInfo {
  /** Number of the current team settings version. */
  version: number
  defaults: SettingsDocument
  locks: SettingKey[]
  /** The caller's own values for unlocked settings. */
  overrides: UserOverrides
  effective: EffectiveSetting[]
  /** The firm's CRM person fields, including its own tags and statuses. */
  catalogue: FieldCatalogue
}

/** Body of `PUT /v1/settings` from an admin. */
export interface TeamSettingsUpdate {
  defaults: SettingsDocument
  locks: SettingKey[]
  /** The version that was edited; the API rejects the save with 409 when a newer one exists. */
  expectedVersion?: number
}

/** Author of a settings version. */
export interface VersionAuthor {
  id: string
  email: string
  name?: string | null
}

/** One settings version with its changes against the version before it. */
export interface SettingsVersionInfo {
  version: number
  author: VersionAuthor | null
  createdAt: string
  /** A note stored with the version, such as the version a rollback restored. */
  note?: string | null
  changes: SettingChange[]
}

/** Response body of `GET /v1/settings/history`: one page of versions, newest first. */
export interface SettingsHistory {
  versions: SettingsVersionInfo[]
  /** Pass as `before` for the next page; null on the last page. */
  nextBefore: number | null
}

/** Response body of `POST /v1/settings/rollback`. */
export interface RollbackResult {
  version: number
  restoredVersion: number
}

/** Kind of an activity entry. */
export type ActivityKind =
  'synced' | 'note_written' | 'failed' | 'needs_review' | 'skipped' | 'backfill'

/** `open` for a failure or review waiting on someone, `resolved` after, `ok` otherwise. */
export type ActivityStatus = 'ok' | 'open' | 'resolved'

/** One entry of the sync activity feed. */
export interface ActivityEntry {
  id: string
  kind: ActivityKind
  status: ActivityStatus
  userId: string | null
  platformPersonId: string | null
  eventId: string | null
  /** Reasons for the entry, such as the match reasons or the missing fields. */
  reasons: string[]
  details: Record<string, unknown>
  /** True for an open failure whose job can be queued again. */
  retryable?: boolean
  createdAt: string
}

/** Response body of a retry or a review decision: the queued job. */
export interface QueuedJob {
  jobId: string
}

/** Response body of `GET /v1/activity`, newest first. */
export interface ActivityPage {
  items: ActivityEntry[]
  nextCursor?: string | null
}

/** Filters of `GET /v1/activity`. */
export interface ActivityQuery {
  kind?: ActivityKind
  status?: ActivityStatus
  cursor?: string
  limit?: number
}

/** A reviewer's decision on a needs-review entry. */
export type ReviewDecision = 'same_person' | 'different'

/** One piece of evidence for or against a match, such as a shared e-mail address. */
export interface MatchEvidence {
  kind: string
  detail: string
}

/**
 * Match behind a preview, which picks the CRM person the plan targets: merging is off,
 * nothing matched, a match needs a person's review, or a CRM person was
 * linked earlier or matched now.
 */
export type PreviewMatch =
  | { kind: 'merging_off' }
  | { kind: 'none' }
  | {
      kind: 'needs_review'
      why: string
      candidates: {
        candidate: { id: string; firstName?: string | null; lastName?: string | null }
        score: number
        reasons: MatchEvidence[]
      }[]
    }
  | { kind: 'linked' | 'matched'; crmPersonId: string; score: number; reasons: MatchEvidence[] }

/**
 * Response body of `POST /v1/preview`: core's sync plan (create, update or
 * blocked, each field's fate), the match, and what the person holds that
 * no CRM field takes. Nothing is written.
 */
export interface SyncPreview extends Pick<SyncPlan, 'action' | 'missingMandatory' | 'fields'> {
  crmPersonId: string | null
  operations: { kind: string; stepKey: string }[]
  match: PreviewMatch
  dropped: DroppedValue[]
}
