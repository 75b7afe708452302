import { describe, expect, it } from 'vitest'

import { teams } from './schema.js'
import { createTeamWithAdmin, getTeam, renameTeam } from './teams.js'
import { BACKEND_NAMES } from './testing/backends.js'
import { createTestTeam, useTestBackend } from './testing/use-backend.js'
import {
  authenticateUser,
  changePassword,
  changeRole,
  createUser,
  deleteUser,
  getUser,
  listUsers,
} from './users.js'
import { listValidSigningSecrets } from './signing-secrets.js'

describe.each(BACKEND_NAMES)('teams and users on %s', (backendName) => {
  const backend = useTestBackend(backendName)

  it('creates team, admin and secret', async () => {
    const { db } = backend().handle
    const created = await createTestTeam(backend())

    expect(created.team.id).toMatch(/^team_/)
    expect(created.admin.role).toBe('admin')
    expect(created.admin.teamId).toBe(created.team.id)
    expect(created.admin).not.toHaveProperty('passwordHash')
    expect(created.signingSecret).toMatch(/^tss_/)
    expect(await getTeam(db, created.team.id)).toEqual(created.team)
    expect(await listValidSigningSecrets(db, backend().box, created.team.id)).toEqual([
      created.signingSecret,
    ])
  })

  it('writes nothing when the admin email is taken', async () => {
    const { db } = backend().handle
    const existing = await createTestTeam(backend())
    const teamCount = (await db.select().from(teams)).length

    const attempt = createTeamWithAdmin(db, backend().box, {
      teamName: 'Duplicate Inc',
      adminEmail: existing.admin.email.toUpperCase(),
      adminPassword: 'another password',
    })

    await expect(attempt).rejects.toMatchObject({ code: 'email_taken' })
    expect((await db.select().from(teams)).length).toBe(teamCount)
  })

  it('authenticates by email and password', async () => {
    const { db } = backend().handle
    const { admin } = await createTestTeam(backend(), 'first password')

    expect(
      (await authenticateUser(db, `  ${admin.email.toUpperCase()} `, 'first password'))?.id,
    ).toBe(admin.id)
    expect(await authenticateUser(db, admin.email, 'wrong password')).toBeUndefined()
    expect(await authenticateUser(db, 'nobody@example.test', 'first password')).toBeUndefined()
  })

  it('changes password and role', async () => {
    const { db } = backend().handle
    const { team, admin } = await createTestTeam(backend(), 'old password')

    expect(await changePassword(db, team.id, admin.id, 'new password')).toBe(true)
    expect(await authenticateUser(db, admin.email, 'old password')).toBeUndefined()
    expect((await authenticateUser(db, admin.email, 'new password'))?.id).toBe(admin.id)
    expect((await changeRole(db, team.id, admin.id, 'member'))?.role).toBe('member')
  })

  it('lists, renames and deletes within a team', async () => {
    const { db } = backend().handle
    const { team, admin } = await createTestTeam(backend())
    const member = await createUser(db, {
      teamId: team.id,
      email: `member-${team.id}@example.test`,
      password: 'member password',
      role: 'member',
    })

    expect((await listUsers(db, team.id)).map((user) => user.id)).toEqual([admin.id, member.id])
    expect((await renameTeam(db, team.id, 'Renamed'))?.name).toBe('Renamed')
    expect(await deleteUser(db, team.id, member.id)).toBe(true)
    expect(await getUser(db, team.id, member.id)).toBeUndefined()
  })

  it('hides users from other teams', async () => {
    const { db } = backend().handle
    const first = await createTestTeam(backend())
    const second = await createTestTeam(backend())

    expect(await getUser(db, second.team.id, first.admin.id)).toBeUndefined()
    expect((await listUsers(db, second.team.id)).map((user) => user.id)).toEqual([second.admin.id])
    expect(await changePassword(db, second.team.id, first.admin.id, 'taken over')).toBe(false)
    expect(await changeRole(db, second.team.id, first.admin.id, 'member')).toBeUndefined()
    expect(await deleteUser(db, second.team.id, first.admin.id)).toBe(false)
    expect(await getUser(db, first.team.id, first.admin.id)).toBeDefined()
  })
})
