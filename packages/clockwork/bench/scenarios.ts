import { ClockworkClient } from '../src/index.js'
import { benchFirm } from './bench-firm.js'

/** One call measured three ways: through the client, as bare fetch, and as bare fetch with a timeout. */
export interface Scenario {
  readonly name: string
  readonly client: () => Promise<unknown>
  readonly bare: () => Promise<unknown>
  readonly bareWithTimeout: () => Promise<unknown>
}

/**
 * Builds the measured calls against the sandbox at `baseUrl`. The bare calls use the same URL,
 * headers and JSON parsing as the client, without schema validation or error mapping. Rejects
 * when the seeded firm has no person to read.
 */
export async function buildScenarios(baseUrl: string): Promise<Scenario[]> {
  const firm = benchFirm.name
  const client = new ClockworkClient({ firm, credentials: benchFirm, baseUrl })
  const token = Buffer.from(`${benchFirm.apiKey}:${benchFirm.apiSecret}`).toString('base64')
  const headers = {
    Authorization: `Token ${token}`,
    'X-API-Key': benchFirm.serviceKey,
    Accept: 'application/json',
  }

  const [firstPerson] = await client.listPeople({ limit: 1 })
  if (firstPerson === undefined) {
    throw new Error('the seeded sandbox firm has no people to read')
  }
  const personId = firstPerson.id

  async function bareFetch(path: string, signal?: AbortSignal): Promise<unknown> {
    const response = await fetch(`${baseUrl}/v3.0/${firm}${path}`, { headers, signal })
    if (!response.ok) {
      throw new Error(`bare fetch of ${path} failed with HTTP ${response.status}`)
    }
    return response.json()
  }

  /** Bare fetch under a timeout, built the way the client's transport builds it. */
  async function bareFetchWithTimeout(path: string): Promise<unknown> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), 15_000)
    try {
      return await bareFetch(path, controller.signal)
    } finally {
      clearTimeout(timer)
    }
  }

  return [
    {
      name: 'listPeople (20 per page)',
      client: () => client.listPeople({ limit: 20 }),
      bare: () => bareFetch('/people?limit=20'),
      bareWithTimeout: () => bareFetchWithTimeout('/people?limit=20'),
    },
    {
      name: 'getPerson (full record)',
      client: () => client.getPerson(personId),
      bare: () => bareFetch(`/people/${personId}`),
      bareWithTimeout: () => bareFetchWithTimeout(`/people/${personId}`),
    },
  ]
}
