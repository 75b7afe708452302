import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const startTimeoutMs = 60_000
const stopTimeoutMs = 10_000

/** Sandbox running in a child process, as `startChildSandbox` returns it. */
export interface ChildSandbox {
  /** Base URL on 127.0.0.1; the API lives under `${url}/v3.0/{firm}`. */
  readonly url: string
  /** Stops the child process and waits for it to exit; a second call does nothing more. */
  readonly stop: () => Promise<void>
}

/**
 * Starts `sandbox-process.ts` in a separate Node process (through the tsx loader) and resolves
 * once it listens. Rejects, and kills the child, when it exits or prints something other than
 * its URL line first, or stays silent for 60 seconds.
 */
export async function startChildSandbox(): Promise<ChildSandbox> {
  const script = fileURLToPath(new URL('./sandbox-process.ts', import.meta.url))
  const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })

  try {
    const url = await readUrlLine(child)
    return { url, stop: () => stopChild(child) }
  } catch (error) {
    await stopChild(child)
    throw error
  }
}

async function readUrlLine(child: ChildProcess): Promise<string> {
  if (child.stdout === null) {
    throw new Error('the sandbox process has no stdout pipe')
  }
  const lines = createInterface({ input: child.stdout })
  const timeout = AbortSignal.timeout(startTimeoutMs)

  const firstLine = new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', (code, signal) => {
      reject(
        new Error(`the sandbox process exited before listening (code ${code}, signal ${signal})`),
      )
    })
    child.once('error', reject)
    timeout.addEventListener('abort', () => {
      reject(new Error(`the sandbox process did not listen within ${startTimeoutMs} ms`))
    })
  })

  try {
    const parsed: unknown = JSON.parse(await firstLine)
    if (typeof parsed !== 'object' || parsed === null || !('url' in parsed)) {
      throw new Error('the sandbox process printed a first line without a "url" field')
    }
    return String(parsed.url)
  } finally {
    lines.close()
  }
}

async function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return

  const exited = once(child, 'exit')
  child.kill('SIGTERM')

  const timer = setTimeout(() => child.kill('SIGKILL'), stopTimeoutMs)
  try {
    await exited
  } finally {
    clearTimeout(timer)
  }
}
