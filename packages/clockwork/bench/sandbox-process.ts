/**
 * Runs the Clockwork sandbox for the client benchmark in a process of its own, so that the
 * sandbox's routing and serialising do not share a thread with the client being measured.
 * Listens on a free port of 127.0.0.1 and writes one JSON line `{"url": "..."}` to stdout once
 * it accepts connections. Stops on SIGTERM or SIGINT, and when stdin closes, which happens when
 * the benchmark process ends without stopping it.
 */
// Imported by path: a workspace dependency on the sandbox would form a package cycle.
import { startSandbox } from '../../clockwork-sandbox/src/index.js'
import { benchFirm, benchSeed } from './bench-firm.js'

const sandbox = await startSandbox({ port: 0, firms: [benchFirm], seed: benchSeed })

let stopping = false
function stop(): void {
  if (stopping) return
  stopping = true

  sandbox.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('Stopping the benchmark sandbox failed:', error)
      process.exit(1)
    },
  )
}

process.on('SIGTERM', stop)
process.on('SIGINT', stop)
process.stdin.on('end', stop)
process.stdin.resume()

process.stdout.write(`${JSON.stringify({ url: sandbox.url })}\n`)
