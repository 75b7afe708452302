// The sandbox is imported by path, not as a workspace dependency, because it depends on this
// package and turbo rejects a cycle between workspace packages.
import { startSandbox, type RunningSandbox } from '../../../clockwork-sandbox/src/index.js'
import { ClockworkClient } from '../client/client.js'
import type { ClockworkClientOptions, ClockworkCredentials } from '../client/options.js'

/** Server the contract suite runs against, and how to build clients for it. */
export interface ContractTarget {
  readonly baseUrl: string | undefined
  readonly firm: string
  readonly credentials: ClockworkCredentials
  /** Builds a client; `overrides` swap single settings, e.g. a wrong key. */
  client(overrides?: Partial<ClockworkClientOptions>): ClockworkClient
  close(): Promise<void>
}

function buildTarget(
  baseUrl: string | undefined,
  firm: string,
  credentials: ClockworkCredentials,
  close: () => Promise<void>,
): ContractTarget {
  return {
    baseUrl,
    firm,
    credentials,
    client: (overrides = {}) =>
      new ClockworkClient({
        firm,
        credentials,
        ...(baseUrl === undefined ? {} : { baseUrl }),
        retry: { retries: 2, baseDelayMs: 5, maxDelayMs: 20 },
        ...overrides,
      }),
    close,
  }
}

/** Sandbox on 127.0.0.1 with one seeded firm, plus its handle for fault switches. */
export async function startSandboxTarget(
  firm: string,
): Promise<ContractTarget & { readonly sandbox: RunningSandbox }> {
  const credentials = {
    apiKey: `contract-key-${firm}`,
    apiSecret: `contract-secret-${firm}`,
    serviceKey: `contract-service-${firm}`,
  }
  const sandbox = await startSandbox({
    port: 0,
    firms: [{ name: firm, ...credentials }],
    seed: 7,
  })
  return { ...buildTarget(sandbox.url, firm, credentials, () => sandbox.close()), sandbox }
}

/** Real Clockwork, when `CLOCKWORK_*` variables name a firm and its credentials. */
export function realClockworkTarget(env: NodeJS.ProcessEnv): ContractTarget | undefined {
  const { CLOCKWORK_API_KEY, CLOCKWORK_API_SECRET, CLOCKWORK_FIRM, CLOCKWORK_SERVICE_KEY } = env
  if (!CLOCKWORK_API_KEY || !CLOCKWORK_API_SECRET || !CLOCKWORK_FIRM || !CLOCKWORK_SERVICE_KEY) {
    return undefined
  }

  const credentials = {
    apiKey: CLOCKWORK_API_KEY,
    apiSecret: CLOCKWORK_API_SECRET,
    serviceKey: CLOCKWORK_SERVICE_KEY,
  }
  const baseUrl = env.CLOCKWORK_BASE_URL || undefined
  return buildTarget(baseUrl, CLOCKWORK_FIRM, credentials, async () => undefined)
}
