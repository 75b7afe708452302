import { randomUUID } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'

import type { SandboxSnapshot } from './sandbox-state.js'

/** Error raised when the state file exists but cannot be used. */
export class StateFileError extends Error {
  readonly code = 'sandbox_state_file_invalid'

  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'StateFileError'
  }
}

/**
 * Reads a saved sandbox state. Returns undefined when the file does not exist
 * yet, so a first start begins empty; raises `StateFileError` when it contains
 * something other than a saved state.
 */
export async function readStateFile(path: string): Promise<SandboxSnapshot | undefined> {
  let text: string

  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }

  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw new StateFileError(`State file ${path} is not valid JSON.`, { cause: error })
  }

  if (!isSnapshot(parsed)) {
    throw new StateFileError(
      `State file ${path} is not a saved sandbox state (expected version 1 with a "firms" object).`,
    )
  }

  return parsed
}

/**
 * Writes `snapshot` atomically: into a temporary file beside the target, then
 * renamed over it, so a crash mid-write leaves the previous file intact.
 */
export async function writeStateFile(path: string, snapshot: SandboxSnapshot): Promise<void> {
  const temporaryPath = `${path}.${randomUUID()}.tmp`

  try {
    await writeFile(temporaryPath, JSON.stringify(snapshot), 'utf8')
    await rename(temporaryPath, path)
  } catch (error) {
    await rm(temporaryPath, { force: true })
    throw error
  }
}

/**
 * Saves the state after changes without running two writes at once: a change
 * during a write schedules exactly one more write with the newest state.
 */
export class StateFileSaver {
  private running: Promise<void> | undefined
  private pending = false

  constructor(
    private readonly path: string,
    private readonly takeSnapshot: () => SandboxSnapshot,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Schedules a save of the current state. */
  schedule(): void {
    this.pending = true
    this.running ??= this.drain()
  }

  /** Waits until every scheduled save has finished. */
  async flush(): Promise<void> {
    while (this.running) await this.running
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      this.pending = false

      try {
        await writeStateFile(this.path, this.takeSnapshot())
      } catch (error) {
        this.onError(error)
      }
    }

    this.running = undefined
  }
}

function isSnapshot(value: unknown): value is SandboxSnapshot {
  if (typeof value !== 'object' || value === null) return false

  const record = value as Record<string, unknown>

  return record.version === 1 && typeof record.firms === 'object' && record.firms !== null
}
