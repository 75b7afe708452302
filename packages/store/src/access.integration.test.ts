import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'

import { hashToken } from './crypto.js'
import { apiTokens, sessions } from './schema.js'
import {
  createSession,
  deleteExpiredSessions,
  deleteSessionByToken,
  deleteUserSessions,
  findSessionByToken,
} from './sessions.js'
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from './tokens.js'
import { BACKEND_NAMES } from './testing/backends.js'
import { createTestTeam, useTestBackend } from './testing/use-backend.js'

const HOUR_MS = 3_600_000

describe.each(BACKEND_NAMES)('access on %s', (backendName) => {
  const backend = useTestBackend(backendName)

  describe('sessions', () => {
    it('finds a session by its token until expiry', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())
      const now = new Date()

      const { token, session } = await createSession(db, {
        teamId: team.id,
        userId: admin.id,
        ttlMs: HOUR_MS,
        now,
      })
      const found = await findSessionByToken(db, token, new Date(now.getTime() + HOUR_MS - 1))

      expect(found?.session).toEqual(session)
      expect(found?.user.id).toBe(admin.id)
      expect(found?.user).not.toHaveProperty('passwordHash')
      expect(session.csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/)
      expect(await findSessionByToken(db, token, new Date(now.getTime() + HOUR_MS))).toBeUndefined()
      expect(await findSessionByToken(db, `${token}x`, now)).toBeUndefined()
    })

    it('stores only the token hash', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())
      const { token, session } = await createSession(db, {
        teamId: team.id,
        userId: admin.id,
        ttlMs: HOUR_MS,
      })
      const [row] = await db.select().from(sessions).where(eq(sessions.id, session.id))

      expect(row!.tokenHash).toBe(hashToken(token))
      expect(JSON.stringify(row)).not.toContain(token)
    })

    it('signs out and cleans up', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())
      const now = new Date()
      const first = await createSession(db, {
        teamId: team.id,
        userId: admin.id,
        ttlMs: HOUR_MS,
        now,
      })
      const second = await createSession(db, {
        teamId: team.id,
        userId: admin.id,
        ttlMs: HOUR_MS,
        now,
      })
      const expired = await createSession(db, {
        teamId: team.id,
        userId: admin.id,
        ttlMs: HOUR_MS,
        now: new Date(now.getTime() - 2 * HOUR_MS),
      })

      expect(await deleteSessionByToken(db, first.token)).toBe(true)
      expect(await deleteSessionByToken(db, first.token)).toBe(false)
      expect(await deleteExpiredSessions(db, now)).toBeGreaterThanOrEqual(1)
      expect(await findSessionByToken(db, expired.token, new Date(0))).toBeUndefined()
      expect(await deleteUserSessions(db, 'team_other', admin.id)).toBe(0)
      expect(await deleteUserSessions(db, team.id, admin.id)).toBe(1)
      expect(await findSessionByToken(db, second.token, now)).toBeUndefined()
    })
  })

  describe('API tokens', () => {
    it('authenticates and records last use', async () => {
      const { db } = backend().handle
      const { team, admin } = await createTestTeam(backend())
      const usedAt = new Date('2026-03-01T12:00:00Z')

      const { token, apiToken } = await createApiToken(db, {
        teamId: team.id,
        userId: admin.id,
        name: 'Chrome',
      })
      const found = await authenticateApiToken(db, token, usedAt)
      const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, apiToken.id))

      expect(token).toMatch(/^tsk_/)
      expect(apiToken.lastUsedAt).toBeNull()
      expect(found?.user.id).toBe(admin.id)
      expect(found?.apiToken.lastUsedAt).toEqual(usedAt)
      expect(row!.tokenHash).toBe(hashToken(token))
      expect(await authenticateApiToken(db, 'tsk_unknown')).toBeUndefined()
    })

    it('lists and revokes within a team', async () => {
      const { db } = backend().handle
      const first = await createTestTeam(backend())
      const second = await createTestTeam(backend())
      const { token, apiToken } = await createApiToken(db, {
        teamId: first.team.id,
        userId: first.admin.id,
        name: 'Laptop',
      })

      expect((await listApiTokens(db, first.team.id)).map((listed) => listed.id)).toEqual([
        apiToken.id,
      ])
      expect(await listApiTokens(db, first.team.id, 'user_other')).toEqual([])
      expect(await listApiTokens(db, second.team.id)).toEqual([])
      expect(await revokeApiToken(db, second.team.id, apiToken.id)).toBe(false)
      expect(await authenticateApiToken(db, token)).toBeDefined()
      expect(await revokeApiToken(db, first.team.id, apiToken.id)).toBe(true)
      expect(await authenticateApiToken(db, token)).toBeUndefined()
    })
  })
})
