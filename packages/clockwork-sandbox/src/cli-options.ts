import { parseArgs } from 'node:util'

import type { FirmCredentials } from './firms.js'
import { createDemoFirm } from './firms.js'
import type { StartSandboxOptions } from './server.js'

/** Error raised for command-line options that cannot be used. */
export class CliOptionsError extends Error {
  readonly code = 'sandbox_invalid_options'

  constructor(message: string) {
    super(message)
    this.name = 'CliOptionsError'
  }
}

/** Help text of `pnpm sandbox`. */
export const USAGE = `Usage: pnpm sandbox [options]

Starts a local emulation of the Clockwork Recruiting v3 API.

  --port N           TCP port to listen on (env SANDBOX_PORT; default 4010, 0 picks a free port)
  --host HOST        interface to listen on (default 127.0.0.1)
  --firm NAME        firm name served at /v3.0/NAME (env CLOCKWORK_FIRM); repeat for more firms
  --api-key KEY      API key of the matching --firm (env CLOCKWORK_API_KEY)
  --api-secret S     API secret of the matching --firm (env CLOCKWORK_API_SECRET)
  --service-key K    firm service key of the matching --firm (env CLOCKWORK_SERVICE_KEY)
  --seed [N]         fill each firm with generated fictional data, with faker seed N if given
  --state-file PATH  load state from PATH at start and save every change to it
  --help             print this text

A firm given without credentials gets random ones; with no firm at all, a
"demo" firm is made. Generated credentials are printed once at start.`

/** Parsed command line: the server options, and which firms got generated credentials. */
export interface CliOptions {
  help: boolean
  start: StartSandboxOptions & { firms: FirmCredentials[] }
  generatedFirms: string[]
}

/** Parses `pnpm sandbox` arguments; flags take precedence over the environment. */
export function parseCliOptions(argv: string[], env: NodeJS.ProcessEnv): CliOptions {
  const { values } = parseArgs({
    args: giveSeedAValue(argv),
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      firm: { type: 'string', multiple: true },
      'api-key': { type: 'string', multiple: true },
      'api-secret': { type: 'string', multiple: true },
      'service-key': { type: 'string', multiple: true },
      seed: { type: 'string' },
      'state-file': { type: 'string' },
      help: { type: 'boolean' },
    },
    allowPositionals: false,
    strict: true,
  })

  const { firms, generatedFirms } = readFirms(
    values.firm ?? listFromEnv(env.CLOCKWORK_FIRM),
    values['api-key'] ?? listFromEnv(env.CLOCKWORK_API_KEY),
    values['api-secret'] ?? listFromEnv(env.CLOCKWORK_API_SECRET),
    values['service-key'] ?? listFromEnv(env.CLOCKWORK_SERVICE_KEY),
  )

  const start: CliOptions['start'] = {
    port: readPort(values.port ?? env.SANDBOX_PORT ?? '4010'),
    host: values.host ?? '127.0.0.1',
    firms,
  }

  if (values.seed !== undefined) start.seed = readSeed(values.seed)
  if (values['state-file'] !== undefined) start.stateFile = values['state-file']

  return { help: values.help === true, start, generatedFirms }
}

function readFirms(
  names: string[],
  apiKeys: string[],
  apiSecrets: string[],
  serviceKeys: string[],
): { firms: FirmCredentials[]; generatedFirms: string[] } {
  const credentialCounts = [apiKeys.length, apiSecrets.length, serviceKeys.length]

  if (names.length === 0) {
    if (credentialCounts.some((count) => count > 0)) {
      throw new CliOptionsError(
        'Credentials were given without --firm; name the firm they belong to.',
      )
    }
    const demo = createDemoFirm()

    return { firms: [demo], generatedFirms: [demo.name] }
  }

  const allGiven = credentialCounts.every((count) => count === names.length)
  const noneGiven = credentialCounts.every((count) => count === 0)
  if (!allGiven && !noneGiven) {
    throw new CliOptionsError(
      'Give --api-key, --api-secret and --service-key once per --firm, in the same order, or none of them.',
    )
  }

  const firms = names.map((name, index) =>
    noneGiven
      ? createDemoFirm(name)
      : {
          name,
          apiKey: apiKeys[index] ?? '',
          apiSecret: apiSecrets[index] ?? '',
          serviceKey: serviceKeys[index] ?? '',
        },
  )

  return { firms, generatedFirms: noneGiven ? [...names] : [] }
}

/** Lets `--seed` stand alone: parseArgs has no optional values, so a bare one becomes `--seed=true`. */
function giveSeedAValue(argv: string[]): string[] {
  return argv.map((arg, index) => {
    const next = argv[index + 1]
    const bare = arg === '--seed' && (next === undefined || next.startsWith('--'))

    return bare ? '--seed=true' : arg
  })
}

function listFromEnv(value: string | undefined): string[] {
  return value === undefined || value === '' ? [] : [value]
}

function readPort(raw: string): number {
  const port = Number(raw)

  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new CliOptionsError(`Invalid port "${raw}": expected an integer from 0 to 65535.`)
  }

  return port
}

function readSeed(raw: string): boolean | number {
  if (raw === '' || raw === 'true') return true

  const seed = Number(raw)
  if (!Number.isInteger(seed)) {
    throw new CliOptionsError(`Invalid seed "${raw}": expected an integer.`)
  }

  return seed
}
