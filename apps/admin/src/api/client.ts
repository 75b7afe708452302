import type { UserOverrides } from '@talent-sync/core'

import { HttpClient, type HttpClientOptions } from './http.js'
import type {
  ActivityPage,
  ActivityQuery,
  ConnectionCredentials,
  ConnectionInfo,
  QueuedJob,
  ReviewDecision,
  RollbackResult,
  SessionInfo,
  SettingsHistory,
  SettingsInfo,
  SigningSecret,
  SyncPreview,
  TeamSettingsUpdate,
} from './types.js'

/**
 * The typed calls of the talent-sync API that the dashboard makes. Every
 * method resolves with the parsed response body or rejects with an `ApiError`.
 */
export class ApiClient {
  /** The transport, which also stores the session's CSRF token. */
  readonly http: HttpClient

  constructor(options: HttpClientOptions = {}) {
    this.http = new HttpClient(options)
  }

  /** Signs in and keeps the session's CSRF token for later writes. */
  async signIn(email: string, password: string): Promise<SessionInfo> {
    const session = await this.http.send<SessionInfo>('POST', '/v1/session', { email, password })
    this.http.csrfToken = session.csrfToken
    return session
  }

  /** Returns the signed-in user, team and CSRF token; rejects with `unauthorized` when signed out. */
  async getSession(): Promise<SessionInfo> {
    const session = await this.http.get<SessionInfo>('/v1/session')
    this.http.csrfToken = session.csrfToken
    return session
  }

  /** Signs out and clears the CSRF token. */
  async signOut(): Promise<void> {
    try {
      await this.http.send<void>('DELETE', '/v1/session')
    } finally {
      this.http.csrfToken = undefined
    }
  }

  /** Returns the CRM connection's status with masked credential tails. */
  getConnection(): Promise<ConnectionInfo> {
    return this.http.get<ConnectionInfo>('/v1/connection')
  }

  /** Checks the credentials against the CRM and saves them only when they work. */
  activateConnection(credentials: ConnectionCredentials): Promise<ConnectionInfo> {
    return this.http.send<ConnectionInfo>('POST', '/v1/connection', credentials)
  }

  /** Removes the CRM connection. */
  deactivateConnection(): Promise<void> {
    return this.http.send<void>('DELETE', '/v1/connection')
  }

  /** Makes a new event signing secret; this response is the only time it is shown. */
  rotateSigningSecret(): Promise<SigningSecret> {
    return this.http.send<SigningSecret>('POST', '/v1/signing-secret/rotate')
  }

  /** Returns team defaults, locks, the caller's overrides, effective settings and the field catalogue. */
  getSettings(): Promise<SettingsInfo> {
    return this.http.get<SettingsInfo>('/v1/settings')
  }

  /** Saves team defaults and locks as a new version (admins only). */
  saveTeamSettings(update: TeamSettingsUpdate): Promise<SettingsInfo> {
    return this.http.send<SettingsInfo>('PUT', '/v1/settings', update)
  }

  /** Saves the caller's own overrides of unlocked settings. */
  saveOverrides(overrides: UserOverrides): Promise<SettingsInfo> {
    return this.http.send<SettingsInfo>('PUT', '/v1/settings', { overrides })
  }

  /** Returns one page of settings versions with author, time and changes, newest first. */
  getSettingsHistory(page: { before?: number; limit?: number } = {}): Promise<SettingsHistory> {
    return this.http.get<SettingsHistory>('/v1/settings/history', { ...page })
  }

  /**
   * Saves an earlier version again as the newest one (admins only). With
   * `expectedVersion`, the API rejects the rollback with 409 when a newer
   * version exists than the one the admin looked at.
   */
  rollbackSettings(version: number, expectedVersion?: number): Promise<RollbackResult> {
    return this.http.send<RollbackResult>('POST', '/v1/settings/rollback', {
      version,
      expectedVersion,
    })
  }

  /** Returns one page of the sync activity, newest first. */
  listActivity(query: ActivityQuery = {}): Promise<ActivityPage> {
    return this.http.get<ActivityPage>('/v1/activity', { ...query })
  }

  /** Queues a failed job again. */
  retryActivity(id: string): Promise<QueuedJob> {
    return this.http.send<QueuedJob>('POST', `/v1/activity/${encodeURIComponent(id)}/retry`)
  }

  /** Records whether a needs-review match is the same person as the CRM record. */
  decideReview(id: string, decision: ReviewDecision, crmPersonId?: string): Promise<QueuedJob> {
    return this.http.send<QueuedJob>('POST', `/v1/activity/${encodeURIComponent(id)}/decision`, {
      decision,
      crmPersonId,
    })
  }

  /** Returns the plan a sync of this person would follow; writes nothing. */
  preview(person: unknown): Promise<SyncPreview> {
    return this.http.send<SyncPreview>('POST', '/v1/preview', { person })
  }
}
