/**
 * Entry point of `pnpm start`: starts the whole product with the settings of
 * the environment, prints how to sign in, and stops everything on Ctrl-C or
 * SIGTERM.
 */
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

import pino from 'pino'

import { readLauncherConfig } from './config.js'
import { startProduct, type RunningProduct } from './product.js'
import { formatWelcome } from './welcome.js'

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const logger = pino({ name: 'launcher', level: process.env.LOG_LEVEL ?? 'info' })

let product: RunningProduct | undefined
let exitCode: number | undefined

function stopAndExit(code: number): void {
  if (exitCode !== undefined) return
  exitCode = code

  // During the start there is nothing to stop yet, because the start code below stops what it started.
  if (product === undefined) return
  void product.stop().finally(() => process.exit(code))
}

// A listener that stays for every signal matters: `pnpm start` relays Ctrl-C to this process a
// second time, and a repeat with no listener left would end the process before its children stop.
process.on('SIGINT', () => stopAndExit(0))
process.on('SIGTERM', () => stopAndExit(0))

try {
  const config = readLauncherConfig(process.env, repositoryRoot)
  const started = await startProduct(config, { logger })

  if (exitCode !== undefined) {
    await started.stop()
    process.exit(exitCode)
  }
  product = started
  process.stdout.write(formatWelcome(started))
} catch (error) {
  // startProduct has already stopped whatever it had started.
  logger.error({ err: error }, 'start failed')
  const reason = error instanceof Error ? error.message : String(error)
  process.stderr.write(`\ntalent-sync could not start: ${reason}\n`)
  process.exit(1)
}
