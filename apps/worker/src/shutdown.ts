import type { Logger } from 'pino'

/** One resource to close on shutdown. */
export interface ShutdownStep {
  /** Name for the logs, such as `worker` or `redis`. */
  name: string
  close: () => Promise<void>
}

/**
 * Returns a function that closes `steps` one after another, in the order
 * given, and resolves true when every step closed. A step that throws is
 * logged and the next one still runs, so one failing resource does not keep the
 * others open. Calling it again returns the first call's promise.
 */
export function createShutdown(
  steps: readonly ShutdownStep[],
  logger: Logger,
): (reason: string) => Promise<boolean> {
  let running: Promise<boolean> | undefined

  const run = async (reason: string): Promise<boolean> => {
    logger.info({ reason }, 'worker stopping')
    let clean = true

    for (const step of steps) {
      try {
        await step.close()
        logger.debug({ step: step.name }, 'closed')
      } catch (error) {
        clean = false
        logger.error({ err: error, step: step.name }, 'failed to close during shutdown')
      }
    }

    logger.info({ reason, clean }, 'worker stopped')
    return clean
  }

  return (reason) => {
    running ??= run(reason)
    return running
  }
}

/**
 * Runs `shutdown` on the first SIGTERM or SIGINT, then exits with 0 when it
 * closed cleanly and 1 otherwise. A second signal, or `timeoutMs` without an
 * end, exits with 1 at once: the jobs still running stay locked in BullMQ and
 * another worker picks them up after the stalled-job check.
 */
export function exitOnSignals(
  shutdown: (reason: string) => Promise<boolean>,
  logger: Logger,
  timeoutMs = 30_000,
): void {
  let stopping = false

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal during shutdown, exiting now')
      process.exit(1)
    }
    stopping = true

    setTimeout(() => {
      logger.error({ timeoutMs }, 'shutdown timed out, exiting')
      process.exit(1)
    }, timeoutMs).unref()

    void shutdown(signal).then((clean) => process.exit(clean ? 0 : 1))
  }

  process.on('SIGTERM', onSignal)
  process.on('SIGINT', onSignal)
}
