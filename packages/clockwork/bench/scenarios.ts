import { ClockworkClient } from '../src/index.js'
import { benchFirm } from './bench-firm.js'

/** One call measured two ways: through the client, and as bare fetch. */
export interface Scenario {
  readonly name: string
  readonly client: () => Promise<unknown>
  readonly bare: () => Promise<unknown>
}

/** Names of the scenarios, in the order {@link buildScenarios} returns them. */
export const scenarioNames = ['listPeople (20 per page)', 'getPerson (full record)'] as const

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

  async function bareFetch(path: string): Promise<unknown> {
    const response = await fetch(`${baseUrl}/v3.0/${firm}${path}`, { headers })
    if (!response.ok) {
      throw new Error(`bare fetch of ${path} failed with HTTP ${response.status}`)
    }
    return response.json()
  }

  return [
    {
      name: scenarioNames[0],
      client: () => client.listPeople({ limit: 20 }),
      bare: () => bareFetch('/people?limit=20'),
    },
    {
      name: scenarioNames[1],
      client: () => client.getPerson(personId),
      bare: () => bareFetch(`/people/${personId}`),
    },
  ]
}
