import { clockworkPath, rawGetPersonResponseSchema } from '@talent-sync/clockwork'
import { beforeEach, describe, expect, it } from 'vitest'

import { createSandbox, type Sandbox } from '../app.js'
import { ACME, authHeaders } from '../testing/fixtures.js'

const unknownPersonId = '00000000-0000-4000-8000-000000000000'

/** Each entry endpoint with a valid body, an invalid one, and the collection it fills. */
const entryEndpoints = [
  {
    endpoint: 'addPersonAddress',
    valid: { address: { city: 'Leeds', state: 'West Yorkshire' } },
    invalid: { address: { city: 'Leeds', state: 'West Yorkshire', location: 'moon' } },
    collection: 'addresses',
  },
  {
    endpoint: 'addPersonEmail',
    valid: { email: { address: 'ada.quinn@example.com' } },
    invalid: { email: { address: 'not-an-email' } },
    collection: 'emails',
  },
  {
    endpoint: 'addPersonPhoneNumber',
    valid: { phone_number: { digits: '+44 20 7946 0000' } },
    invalid: { phone_number: { digits: 'none' } },
    collection: 'phoneNumbers',
  },
  {
    endpoint: 'addPersonLinkedinUrl',
    valid: { linkedin_url: { url: 'https://www.linkedin.com/in/ada-quinn' } },
    invalid: { linkedin_url: { url: 'ftp://example.com/ada' } },
    collection: 'linkedinUrls',
  },
  {
    endpoint: 'addPersonWebSite',
    valid: { web_site: { url: 'https://example.com/ada' } },
    invalid: { web_site: { url: 'not a url' } },
    collection: 'webSites',
  },
  {
    endpoint: 'addPersonPosition',
    valid: { position: { title: 'Engineer', companyName: 'Quillworks' } },
    invalid: { position: { companyId: '00000000-0000-4000-8000-0000000000aa' } },
    collection: 'positions',
  },
  {
    endpoint: 'addPersonSchool',
    valid: { school: { name: 'University of Leeds' } },
    invalid: { school: { name: '' } },
    collection: 'schools',
  },
] as const

describe('person entry endpoints', () => {
  let sandbox: Sandbox
  let personId: string

  const post = (path: string, body: unknown) =>
    sandbox.app.request(`/v3.0/acme${path}`, {
      method: 'POST',
      headers: authHeaders(ACME),
      body: JSON.stringify(body),
    })

  const readCollection = async (collection: string) => {
    const response = await sandbox.app.request(`/v3.0/acme/people/${personId}`, {
      headers: authHeaders(ACME),
    })
    const { person } = rawGetPersonResponseSchema.parse(await response.json())

    return (person as Record<string, unknown>)[collection]
  }

  beforeEach(async () => {
    sandbox = createSandbox({ firms: [ACME] })
    const created = await post('/people', { person: { name: 'Ada Quinn' } })
    personId = ((await created.json()) as { person: { id: string } }).person.id
  })

  it.each(entryEndpoints)('$endpoint stores a valid entry', async (entry) => {
    const response = await post(clockworkPath(entry.endpoint, { personId }), entry.valid)

    expect(response.status).toBe(201)
    expect(await readCollection(entry.collection)).toHaveLength(1)
  })

  it.each(entryEndpoints)('$endpoint rejects invalid body', async (entry) => {
    const response = await post(clockworkPath(entry.endpoint, { personId }), entry.invalid)

    expect(response.status).toBe(422)
    expect(await readCollection(entry.collection)).toBeNull()
  })

  it.each(entryEndpoints)('$endpoint is 404 for unknown person', async (entry) => {
    const path = clockworkPath(entry.endpoint, { personId: unknownPersonId })
    const response = await post(path, entry.valid)

    expect(response.status).toBe(404)
  })
})
