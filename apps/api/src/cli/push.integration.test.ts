import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { serve, type ServerType } from '@hono/node-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useTestApp } from '../testing/test-app.js'
import { runPush, type PushIo } from './push.js'

const require = createRequire(import.meta.url)
const SAMPLE_RESUME = require.resolve('@jsonresume/schema/sample.resume.json')
// The importers package ships a fictional LinkedIn export beside its source.
const LINKEDIN_EXPORT = join(
  require.resolve('@talent-sync/importers/package.json'),
  '../fixtures/linkedin-export',
)

function captureIo(env: NodeJS.ProcessEnv = {}): {
  io: PushIo
  stdout: () => string
  stderr: () => string
} {
  let stdout = ''
  let stderr = ''
  const io: PushIo = {
    env,
    output: { out: (text) => void (stdout += text), err: (text) => void (stderr += text) },
  }
  return { io, stdout: () => stdout, stderr: () => stderr }
}

describe('talent-sync push against the API', () => {
  const getTestApp = useTestApp()
  const folder = mkdtempSync(join(tmpdir(), 'push-'))
  let server: ServerType
  let apiUrl: string

  beforeAll(async () => {
    await new Promise<void>((resolve) => {
      server = serve({ fetch: getTestApp().app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
        resolve(),
      )
    })
    apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })

  afterAll(async () => {
    await new Promise((resolve) => server?.close(resolve))
    rmSync(folder, { recursive: true, force: true })
  })

  it('sends people once, and reports rejections', async () => {
    const { team, admin, signingSecret } = await getTestApp().createTeam()
    const peopleFile = join(folder, 'people.json')
    writeFileSync(
      peopleFile,
      JSON.stringify([
        { id: 'p_ming', firstName: '王小明' },
        { id: 'p_bad', emails: [{ address: 'not-an-address' }] },
      ]),
    )
    const args = [
      SAMPLE_RESUME,
      LINKEDIN_EXPORT,
      peopleFile,
      '--url',
      apiUrl,
      '--campaign',
      'Data leads, Kraków',
    ]
    const env = {
      TALENT_SYNC_TEAM_ID: team.id,
      TALENT_SYNC_SIGNING_SECRET: signingSecret,
      TALENT_SYNC_USER_ID: admin.id,
    }

    const first = captureIo(env)
    const firstCode = await runPush(args, first.io)

    expect(firstCode).toBe(1)
    expect(first.stdout()).toContain('Accepted 3 of 3 people read.')
    expect(first.stdout()).toContain(`${peopleFile}: The person at 1 is invalid.`)
    expect(first.stdout()).toContain('    1.emails.0.address: must be a valid e-mail address')
    expect(first.stderr()).toBe('Handled 3 of 3 people.\n')
    expect(await getTestApp().deps.queue.getJobCountByTypes('waiting')).toBe(3)

    const second = captureIo(env)
    await runPush(args, second.io)

    expect(second.stdout()).toContain('Accepted 3 of 3 people read.')
    expect(second.stdout()).toContain('3 of them had been sent before and were not queued again.')
    expect(await getTestApp().deps.queue.getJobCountByTypes('waiting')).toBe(3)
  })

  it('reports people the API rejects', async () => {
    const { team, signingSecret } = await getTestApp().createTeam()
    const { io, stdout } = captureIo()

    const code = await runPush(
      [
        SAMPLE_RESUME,
        '--url',
        apiUrl,
        '--team',
        team.id,
        '--secret',
        signingSecret,
        '--user',
        'user_unknown',
      ],
      io,
    )

    expect(code).toBe(1)
    expect(stdout()).toContain('Accepted 0 of 1 person read.')
    expect(stdout()).toMatch(
      /person p_[0-9a-f]{24} \(Richard Hendriks\): The API rejected its event\./,
    )
    expect(stdout()).toContain('    userId: is not a user of this team')
  })

  it('draws a progress bar on a terminal', async () => {
    const { team, admin, signingSecret } = await getTestApp().createTeam()
    const { io, stderr } = captureIo()
    let drawn = ''
    // A test cannot open a terminal, so this object has only the fields cli-progress reads: isTTY, columns and write.
    io.progressStream = {
      isTTY: true,
      columns: 80,
      write: (text: string) => {
        drawn += text
        return true
      },
    } as unknown as NodeJS.WriteStream

    const args = [SAMPLE_RESUME, LINKEDIN_EXPORT, '--url', apiUrl]
    const code = await runPush(
      [...args, '--team', team.id, '--secret', signingSecret, '--user', admin.id],
      io,
    )

    expect(code).toBe(0)
    expect(drawn).toContain('Sending people [')
    expect(drawn).toContain('] 2/2')
    expect(stderr()).toBe('')
  })

  it('stops on a wrong secret', async () => {
    const { team, admin } = await getTestApp().createTeam()
    const { io, stdout } = captureIo()

    const code = await runPush(
      [
        LINKEDIN_EXPORT,
        '--url',
        apiUrl,
        '--team',
        team.id,
        '--secret',
        'not-the-secret',
        '--user',
        admin.id,
      ],
      io,
    )

    expect(code).toBe(1)
    expect(stdout()).toContain('Sending stopped: The API returned 401 (invalid_signature)')
    expect(stdout()).toContain('1 person not sent.')
    expect(stdout()).not.toContain('not-the-secret')
  })
})

describe('talent-sync push usage', () => {
  it.each([
    [
      'no files',
      ['--team', 't', '--secret', 's', '--user', 'u'],
      'Name at least one file or folder to read.',
    ],
    [
      'no team',
      ['a.json', '--secret', 's', '--user', 'u'],
      '--team (or TALENT_SYNC_TEAM_ID) is required.',
    ],
    [
      'no secret',
      ['a.json', '--team', 't', '--user', 'u'],
      '--secret (or TALENT_SYNC_SIGNING_SECRET) is required.',
    ],
    [
      'no user',
      ['a.json', '--team', 't', '--secret', 's'],
      '--user (or TALENT_SYNC_USER_ID) is required.',
    ],
    [
      'a bad URL',
      ['a.json', '--team', 't', '--secret', 's', '--user', 'u', '--url', 'ftp://x'],
      '--url "ftp://x" is not an http or https URL.',
    ],
    ['an unknown option', ['a.json', '--force'], "Unknown option '--force'"],
  ])('rejects %s with exit code 2', async (_case, args, message) => {
    const { io, stdout, stderr } = captureIo()

    expect(await runPush(args, io)).toBe(2)
    expect(stderr()).toContain(message)
    expect(stderr()).toContain('Usage: talent-sync push')
    expect(stdout()).toBe('')
  })

  it.each([['--help'], ['-h']])('prints the usage for %s', async (flag) => {
    const { io, stdout, stderr } = captureIo()

    expect(await runPush([flag], io)).toBe(0)
    expect(stdout()).toContain('Usage: talent-sync push')
    expect(stderr()).toBe('')
  })

  it('reads options from the environment', async () => {
    const { io, stdout, stderr } = captureIo({
      TALENT_SYNC_TEAM_ID: 't',
      TALENT_SYNC_SIGNING_SECRET: 's',
      TALENT_SYNC_USER_ID: 'u',
    })

    const requests: string[] = []
    io.fetch = async (url) => {
      requests.push(String(url))
      throw new Error('no request expected')
    }

    expect(await runPush([join(tmpdir(), 'missing-push-input.json')], io)).toBe(1)
    expect(stdout()).toContain('missing-push-input.json does not exist.')
    expect(stderr()).toBe('')
    expect(requests).toEqual([])
  })
})
