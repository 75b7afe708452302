import { pino } from 'pino'

import { CliOptionsError, parseCliOptions, USAGE } from './cli-options.js'
import { startSandbox } from './server.js'

const logger = pino({ name: 'clockwork-sandbox' })

/** Starts the sandbox from the command line and stops it on SIGINT or SIGTERM. */
async function main(): Promise<void> {
  const options = parseCliOptions(process.argv.slice(2), process.env)

  if (options.help) {
    process.stdout.write(`${USAGE}\n`)
    return
  }

  const running = await startSandbox({ ...options.start, logger })

  // Printed to stdout once, and never logged: the only place a generated secret appears.
  for (const firm of running.firms.filter((f) => options.generatedFirms.includes(f.name))) {
    process.stdout.write(
      [
        `Clockwork sandbox firm "${firm.name}" (generated credentials):`,
        `  base URL     ${running.url}/v3.0/${firm.name}`,
        `  API key      ${firm.apiKey}`,
        `  API secret   ${firm.apiSecret}`,
        `  service key  ${firm.serviceKey}`,
        '',
      ].join('\n'),
    )
  }

  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return
    stopping = true
    logger.info({ signal }, 'stopping sandbox')

    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'sandbox stop failed')
        process.exit(1)
      },
    )
  }

  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  if (error instanceof CliOptionsError) {
    process.stderr.write(`${error.message}\n\n${USAGE}\n`)
  } else {
    logger.error({ err: error }, 'sandbox failed to start')
  }
  process.exit(1)
})
