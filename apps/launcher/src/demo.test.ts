import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { afterEach, beforeEach, describe, expect, it } from 'vitest'

import { DEMO_FILE_NAME, loadDemoState } from './demo.js'

describe('loadDemoState', () => {
  let dataDir: string

  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'launcher-demo-'))
  })

  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('creates random credentials once', async () => {
    const first = await loadDemoState(dataDir)
    const second = await loadDemoState(dataDir)

    expect(first.created).toBe(true)
    expect(second.created).toBe(false)
    expect(second.state).toEqual(first.state)
    expect(first.state.admin.password.length).toBeGreaterThanOrEqual(16)
  })

  it('makes different credentials per data folder', async () => {
    const otherDir = await mkdtemp(join(tmpdir(), 'launcher-demo-'))
    const first = await loadDemoState(dataDir)
    const other = await loadDemoState(otherDir)
    await rm(otherDir, { recursive: true, force: true })

    expect(other.state.admin.password).not.toBe(first.state.admin.password)
    expect(other.state.firm.apiSecret).not.toBe(first.state.firm.apiSecret)
  })

  it('keeps the file private to its owner', async () => {
    await loadDemoState(dataDir)

    const { mode } = await stat(join(dataDir, DEMO_FILE_NAME))
    expect(mode & 0o777).toBe(0o600)
  })

  it('rejects a damaged file', async () => {
    await writeFile(join(dataDir, DEMO_FILE_NAME), '{"teamName": 1}')

    await expect(loadDemoState(dataDir)).rejects.toThrow(/not a valid demo state/)
  })
})
