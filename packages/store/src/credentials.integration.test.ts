import { randomBytes } from 'node:crypto'

import { eq } from 'drizzle-orm'
import { describe, expect, it } from 'vitest'

import {
  deleteConnection,
  getConnection,
  getConnectionCredentials,
  maskSecret,
  saveConnection,
  setConnectionStatus,
} from './connections.js'
import { SecretBox } from './crypto.js'
import { crmConnections, signingSecrets } from './schema.js'
import { listValidSigningSecrets, rotateSigningSecret } from './signing-secrets.js'
import { BACKEND_NAMES } from './testing/backends.js'
import { createTestTeam, useTestBackend } from './testing/use-backend.js'

const credentials = {
  apiKey: 'fictional-api-key-0001',
  apiSecret: 'fictional-secret-0002',
  serviceKey: 'svc-0003',
}

describe.each(BACKEND_NAMES)('credentials on %s', (backendName) => {
  const backend = useTestBackend(backendName)

  function saveTestConnection(teamId: string, firmSubdomain: string) {
    return saveConnection(backend().handle.db, backend().box, teamId, {
      firmSubdomain,
      credentials,
      requestsPerSecond: 2,
    })
  }

  describe('signing secrets', () => {
    it('rotates with a grace period', async () => {
      const { db } = backend().handle
      const { team, signingSecret: first } = await createTestTeam(backend())
      const rotatedAt = new Date()

      const second = await rotateSigningSecret(db, backend().box, team.id, {
        gracePeriodMs: 60_000,
        now: rotatedAt,
      })
      const duringGrace = await listValidSigningSecrets(
        db,
        backend().box,
        team.id,
        new Date(rotatedAt.getTime() + 1_000),
      )
      const afterGrace = await listValidSigningSecrets(
        db,
        backend().box,
        team.id,
        new Date(rotatedAt.getTime() + 61_000),
      )

      expect(second).not.toBe(first)
      expect(duringGrace).toEqual([second, first])
      expect(afterGrace).toEqual([second])
    })

    it('stores secrets encrypted', async () => {
      const { db } = backend().handle
      const { team, signingSecret } = await createTestTeam(backend())
      const rows = await db.select().from(signingSecrets).where(eq(signingSecrets.teamId, team.id))

      expect(rows).toHaveLength(1)
      expect(rows[0]!.secretCiphertext).not.toContain(signingSecret.slice(4))
    })

    it('finds nothing for another team', async () => {
      const { db } = backend().handle
      await createTestTeam(backend())

      expect(await listValidSigningSecrets(db, backend().box, 'team_unknown')).toEqual([])
    })
  })

  describe('CRM connection', () => {
    it('saves and decrypts credentials', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())

      const saved = await saveConnection(db, backend().box, team.id, {
        firmSubdomain: 'example-firm',
        credentials,
        requestsPerSecond: 5,
      })
      const loaded = await getConnectionCredentials(db, backend().box, team.id)
      const [row] = await db.select().from(crmConnections).where(eq(crmConnections.teamId, team.id))

      expect(saved.status).toBe('connected')
      expect(saved).not.toHaveProperty('credentials')
      expect(saved.verifiedAt).toBeInstanceOf(Date)
      expect(loaded?.credentials).toEqual(credentials)
      for (const secret of Object.values(credentials)) {
        expect(row!.credentialsCiphertext).not.toContain(secret)
      }
    })

    it('tracks status and last error', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())
      await saveTestConnection(team.id, 'firm')

      const broken = await setConnectionStatus(
        db,
        team.id,
        'needs_reconnect',
        'The CRM rejected the API key.',
      )
      const repaired = await saveConnection(db, backend().box, team.id, {
        firmSubdomain: 'firm',
        credentials: { ...credentials, apiKey: 'fictional-api-key-0004' },
        requestsPerSecond: 3,
      })

      expect(broken.status).toBe('needs_reconnect')
      expect(broken.lastError).toBe('The CRM rejected the API key.')
      expect(repaired.status).toBe('connected')
      expect(repaired.lastError).toBeNull()
      expect(repaired.requestsPerSecond).toBe(3)
      expect((await getConnectionCredentials(db, backend().box, team.id))?.credentials.apiKey).toBe(
        'fictional-api-key-0004',
      )
    })

    it('fails clearly with the wrong key', async () => {
      const { db } = backend().handle
      const { team } = await createTestTeam(backend())
      await saveTestConnection(team.id, 'firm')

      const otherBox = new SecretBox(randomBytes(32))

      await expect(getConnectionCredentials(db, otherBox, team.id)).rejects.toMatchObject({
        code: 'encryption_key_mismatch',
      })
    })

    it('rejects credentials copied between teams', async () => {
      const { db } = backend().handle
      const first = await createTestTeam(backend())
      const second = await createTestTeam(backend())
      await saveTestConnection(first.team.id, 'a')
      await saveTestConnection(second.team.id, 'b')
      const [firstRow] = await db
        .select()
        .from(crmConnections)
        .where(eq(crmConnections.teamId, first.team.id))

      await db
        .update(crmConnections)
        .set({ credentialsCiphertext: firstRow!.credentialsCiphertext })
        .where(eq(crmConnections.teamId, second.team.id))

      await expect(
        getConnectionCredentials(db, backend().box, second.team.id),
      ).rejects.toMatchObject({
        code: 'ciphertext_invalid',
      })
    })

    it('isolates teams and deletes', async () => {
      const { db } = backend().handle
      const first = await createTestTeam(backend())
      const second = await createTestTeam(backend())
      await saveTestConnection(first.team.id, 'a')

      expect(await getConnection(db, second.team.id)).toBeUndefined()
      expect(await getConnectionCredentials(db, backend().box, second.team.id)).toBeUndefined()
      expect(await deleteConnection(db, second.team.id)).toBe(false)
      await expect(setConnectionStatus(db, second.team.id, 'disconnected')).rejects.toMatchObject({
        code: 'not_found',
      })
      expect(await deleteConnection(db, first.team.id)).toBe(true)
      expect(await getConnection(db, first.team.id)).toBeUndefined()
    })
  })
})

describe('maskSecret', () => {
  it.each([
    ['fictional-api-key-0001', '••••••••0001'],
    ['short', '••••••••t'],
    ['abc', '••••••••'],
  ])('masks %j', (secret, masked) => {
    expect(maskSecret(secret)).toBe(masked)
  })
})
