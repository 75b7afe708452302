import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { startSandbox } from '../server.js'
import { ACME, authHeaders } from '../testing/fixtures.js'
import { readStateFile, StateFileError } from './state-file.js'

describe('sandbox state file', () => {
  let directory: string

  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'clockwork-sandbox-'))
  })

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  it('saves writes and reloads them', async () => {
    const stateFile = join(directory, 'state.json')
    const first = await startSandbox({ port: 0, firms: [ACME], stateFile })
    const created = await fetch(`${first.url}/v3.0/acme/people`, {
      method: 'POST',
      headers: authHeaders(ACME),
      body: JSON.stringify({ person: { name: 'Rosa Persistent' } }),
    })
    const { person } = (await created.json()) as { person: { id: string } }
    await first.close()

    const second = await startSandbox({ port: 0, firms: [ACME], stateFile })
    const read = await fetch(`${second.url}/v3.0/acme/people/${person.id}`, {
      headers: authHeaders(ACME),
    })
    await second.close()

    expect(read.status).toBe(200)
    expect(((await read.json()) as { person: { name: string } }).person.name).toBe(
      'Rosa Persistent',
    )
    expect(await readdir(directory)).toEqual(['state.json'])
  })

  it('restored firm is not seeded again', async () => {
    const stateFile = join(directory, 'state.json')
    const first = await startSandbox({ port: 0, firms: [ACME], stateFile, seed: 3 })
    await fetch(`${first.url}/_sandbox/reset`, { method: 'POST' })
    await first.close()

    const second = await startSandbox({ port: 0, firms: [ACME], stateFile, seed: 3 })
    const dump = (await (await fetch(`${second.url}/_sandbox/state`)).json()) as {
      firms: { acme: { people: unknown[]; statuses: unknown[] } }
    }
    await second.close()

    expect(dump.firms.acme.people).toEqual([])
    expect(dump.firms.acme.statuses).toHaveLength(23)
  })

  it('missing file reads as nothing', async () => {
    expect(await readStateFile(join(directory, 'absent.json'))).toBeUndefined()
  })

  it.each([
    ['not JSON', '{'],
    ['wrong version', JSON.stringify({ version: 2, firms: {} })],
  ])('rejects a file that is %s', async (_case, text) => {
    const path = join(directory, 'bad.json')
    await writeFile(path, text)

    await expect(readStateFile(path)).rejects.toBeInstanceOf(StateFileError)
    expect(await readFile(path, 'utf8')).toBe(text)
  })
})
