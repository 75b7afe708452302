import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const REPOSITORY_ROOT = fileURLToPath(new URL('../../../../', import.meta.url))
const START_TIMEOUT_MS = 60_000

/** An API started as a child process. */
export interface ApiProcess {
  url: string
  /** Every log line the API printed, for assertions that no secret was logged. */
  logLines: string[]
  stop(): Promise<void>
}

/**
 * Starts the API's own entry point (`apps/api/src/main.ts`) with `tsx` on
 * a free loopback port and waits for its "API started" log line, which
 * carries the port.
 */
export function startApiProcess(env: Record<string, string>): Promise<ApiProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/main.ts'], {
    cwd: REPOSITORY_ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const logLines: string[] = []

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`The API did not start within ${START_TIMEOUT_MS} ms:\n${logLines.join('\n')}`),
      )
    }, START_TIMEOUT_MS)

    const collect = (line: string) => {
      logLines.push(line)
      const port = readStartedPort(line)
      if (port === undefined) return
      clearTimeout(timer)
      resolve({ url: `http://127.0.0.1:${port}`, logLines, stop: () => stopChild(child) })
    }
    createInterface({ input: child.stdout! }).on('line', collect)
    createInterface({ input: child.stderr! }).on('line', (line) => logLines.push(line))

    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The API exited with code ${code}:\n${logLines.join('\n')}`))
    })
  })
}

function readStartedPort(line: string): number | undefined {
  try {
    const record = JSON.parse(line) as { msg?: string; port?: number }
    return record.msg === 'API started' && typeof record.port === 'number' ? record.port : undefined
  } catch {
    return undefined
  }
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    child.once('exit', () => {
      clearTimeout(timer)
      resolve()
    })
    child.kill('SIGTERM')
  })
}
