import { serve, type ServerType } from '@hono/node-server'
import { pino, type Logger } from 'pino'

import { createSandbox, type Sandbox } from './app.js'
import { createDemoFirm, type FirmCredentials } from './firms.js'
import { seedFirm } from './seed/seed-firm.js'
import { readStateFile, StateFileSaver } from './state/state-file.js'

/** Options of `startSandbox`. */
export interface StartSandboxOptions {
  /** TCP port; 0 picks a free one. */
  port: number
  /** Interface to listen on; loopback by default. */
  host?: string
  /** Firms served; without any, one demo firm with random credentials is made. */
  firms?: readonly FirmCredentials[]
  /**
   * Seeds every firm at start: `true` with the default faker seed, a number
   * with that seed. Firms restored from the state file are not seeded again.
   */
  seed?: boolean | number
  /** JSON file the state is loaded from at start and saved to after each change. */
  stateFile?: string
  /** Logger; silent when left out. */
  logger?: Logger
}

/** Running sandbox server. */
export interface RunningSandbox {
  /** Base URL, e.g. `http://127.0.0.1:4010`; the API lives under `${url}/v3.0/{firm}`. */
  url: string
  /** Firms served, with their credentials. */
  firms: FirmCredentials[]
  /** The app and its parts, for tests that inspect state directly. */
  sandbox: Sandbox
  /** Stops listening, closes open connections and writes the state file a last time. */
  close: () => Promise<void>
}

/**
 * Starts the sandbox on a port. Loads the state file first when one is
 * given, so a restart keeps every record.
 */
export async function startSandbox(options: StartSandboxOptions): Promise<RunningSandbox> {
  const logger = options.logger ?? pino({ level: 'silent' })
  const host = options.host ?? '127.0.0.1'
  const firms = options.firms?.length ? [...options.firms] : [createDemoFirm()]
  const sandbox = createSandbox({ firms, logger })

  const saved = options.stateFile === undefined ? undefined : await readStateFile(options.stateFile)
  if (saved !== undefined) sandbox.state.load(saved)

  if (options.seed !== undefined && options.seed !== false) {
    const seed = typeof options.seed === 'number' ? options.seed : undefined

    for (const name of sandbox.state.firmNames) {
      if (saved?.firms[name] !== undefined) continue
      const store = sandbox.state.firm(name)
      if (store !== undefined) seedFirm(store, { seed })
    }
  }

  let saver: StateFileSaver | undefined
  if (options.stateFile !== undefined) {
    const path = options.stateFile
    saver = new StateFileSaver(
      path,
      () => sandbox.state.snapshot(),
      (error) => {
        logger.error({ err: error, stateFile: path }, 'state file save failed')
      },
    )
    sandbox.state.onChange(() => saver?.schedule())
    saver.schedule()
  }

  const server = await listen(sandbox, options.port, host)
  const address = server.address()
  const port = typeof address === 'object' && address !== null ? address.port : options.port
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`

  logger.info({ url, firms: firms.map((firm) => firm.name) }, 'sandbox started')

  const close = async (): Promise<void> => {
    await new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()))
      if ('closeAllConnections' in server) server.closeAllConnections()
    })
    await saver?.flush()
    logger.info({ url }, 'sandbox stopped')
  }

  return { url, firms, sandbox, close }
}

function listen(sandbox: Sandbox, port: number, host: string): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: sandbox.app.fetch, port, hostname: host }, () => resolve(server))
    server.once('error', reject)
  })
}
