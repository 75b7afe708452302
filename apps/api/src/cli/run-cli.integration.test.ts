import { randomBytes, randomUUID } from 'node:crypto'
import { tmpdir } from 'node:os'

import {
  authenticateUser,
  getTeam,
  listValidSigningSecrets,
  loadEncryptionKey,
} from '@talent-sync/store'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { openTestDatabase, type TestDatabase } from '../testing/test-database.js'
import { runCli } from './run-cli.js'

function captureOutput() {
  const output = { stdout: '', stderr: '' }
  return {
    output,
    writer: {
      out: (text: string) => (output.stdout += text),
      err: (text: string) => (output.stderr += text),
    },
  }
}

describe('talent-sync admin create', () => {
  const encryptionKey = randomBytes(32).toString('hex')
  let database: TestDatabase
  let env: NodeJS.ProcessEnv

  beforeAll(async () => {
    database = await openTestDatabase()
    env = {
      DATABASE_URL: database.url,
      TALENT_SYNC_ENCRYPTION_KEY: encryptionKey,
      TALENT_SYNC_DATA_DIR: tmpdir(),
    }
  }, 30_000)

  afterAll(async () => {
    await database?.close()
  })

  it('creates a team and prints its id and secret as JSON', async () => {
    const email = `cli-${randomUUID()}@example.test`
    const { output, writer } = captureOutput()

    const code = await runCli(
      [
        'admin',
        'create',
        '--team',
        'Harbour Search',
        '--email',
        email,
        '--password',
        'a long enough password',
        '--json',
      ],
      env,
      writer,
    )
    const printed = JSON.parse(output.stdout) as { teamId: string; signingSecret: string }
    const box = await loadEncryptionKey({ encryptionKey, dataDir: tmpdir() })

    expect(code).toBe(0)
    expect(Object.keys(printed).sort()).toEqual(['signingSecret', 'teamId'])
    expect((await getTeam(database.handle.db, printed.teamId))?.name).toBe('Harbour Search')
    expect(await listValidSigningSecrets(database.handle.db, box, printed.teamId)).toEqual([
      printed.signingSecret,
    ])
    expect(
      (await authenticateUser(database.handle.db, email, 'a long enough password'))?.role,
    ).toBe('admin')
  })

  it('prints a readable summary without --json', async () => {
    const { output, writer } = captureOutput()
    const email = `cli-${randomUUID()}@example.test`

    const code = await runCli(
      [
        'admin',
        'create',
        '--team',
        'Quay',
        '--email',
        email,
        '--password',
        'another long password',
      ],
      env,
      writer,
    )

    expect(code).toBe(0)
    expect(output.stdout).toMatch(/Created team "Quay" \(team_[a-z2-7]+\)/)
    expect(output.stdout).toMatch(/signing secret, shown only this once: tss_/)
  })

  it('rejects a taken email', async () => {
    const email = `cli-${randomUUID()}@example.test`
    const args = [
      'admin',
      'create',
      '--team',
      'One',
      '--email',
      email,
      '--password',
      'a long enough password',
    ]
    await runCli(args, env, captureOutput().writer)
    const { output, writer } = captureOutput()

    expect(await runCli(args, env, writer)).toBe(1)
    expect(output.stderr).toContain('already exists')
  })

  it.each([
    [['admin', 'create', '--team', 'T', '--password', 'a long enough password'], '--email'],
    [
      ['admin', 'create', '--team', 'T', '--email', 'a@example.test', '--password', 'short'],
      '--password',
    ],
    [['admin', 'create', '--bogus'], 'bogus'],
    [['admin', 'remove'], 'Unknown command'],
  ])('rejects %j with usage', async (args, expected) => {
    const { output, writer } = captureOutput()

    expect(await runCli(args, env, writer)).toBe(2)
    expect(output.stderr).toContain(expected)
    expect(output.stderr).toContain('Usage:')
  })
})
