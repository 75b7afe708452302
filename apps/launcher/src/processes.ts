import { spawn, type ChildProcess } from 'node:child_process'
import { createInterface } from 'node:readline'

/** A child process the launcher started and must stop. */
export interface ManagedProcess {
  name: string
  child: ChildProcess
  /** Resolves with the exit code (or signal) once the process has ended. */
  exited: Promise<number | NodeJS.Signals | null>
}

/**
 * Starts a child process and copies each line it prints to our stdout,
 * prefixed with its name, so the output of several services stays readable.
 * The lines go to `output`, stdout by default.
 */
export function startProcess(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  output: NodeJS.WritableStream = process.stdout,
): ManagedProcess {
  // A process group of its own keeps Ctrl-C in the terminal from reaching the child directly,
  // so the launcher alone decides the order in which services stop.
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  const prefix = `[${name}] `

  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      output.write(prefix + line + '\n')
    })
  }

  const exited = new Promise<number | NodeJS.Signals | null>((resolve) => {
    child.once('exit', (code, signal) => resolve(code ?? signal))
    child.once('error', (error) => {
      output.write(`${prefix}failed to start: ${error.message}\n`)
      resolve(null)
    })
  })

  return { name, child, exited }
}

/**
 * Stops processes in reverse start order: SIGTERM first, so each can finish
 * its work and close its connections, then SIGKILL after `graceMs`.
 */
export async function stopProcesses(processes: ManagedProcess[], graceMs = 10_000): Promise<void> {
  for (const managed of [...processes].reverse()) {
    if (managed.child.exitCode !== null || managed.child.signalCode !== null) continue

    managed.child.kill('SIGTERM')
    const timer = setTimeout(() => managed.child.kill('SIGKILL'), graceMs)
    await managed.exited
    clearTimeout(timer)
  }
}
