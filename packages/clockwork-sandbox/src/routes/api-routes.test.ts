import {
  addPersonAddressResponseSchema,
  addPersonEmailResponseSchema,
  addPersonLinkedinUrlResponseSchema,
  addPersonPhoneNumberResponseSchema,
  addPersonPositionResponseSchema,
  addPersonSchoolResponseSchema,
  addPersonTagResponseSchema,
  addPersonWebSiteResponseSchema,
  createNoteResponseSchema,
  createWebhookResponseSchema,
  rawCreatePersonResponseSchema,
  rawGetNoteResponseSchema,
  rawGetPersonResponseSchema,
  rawListNotesResponseSchema,
  rawListPeopleResponseSchema,
  rawListStatusesResponseSchema,
  rawListTagsResponseSchema,
} from '@talent-sync/clockwork'
import { beforeEach, describe, expect, it } from 'vitest'

import { createSandbox, type Sandbox } from '../app.js'
import { ACME, authHeaders } from '../testing/fixtures.js'

const TIMESTAMP = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

describe('sandbox API shapes', () => {
  let sandbox: Sandbox

  beforeEach(() => {
    sandbox = createSandbox({ firms: [ACME] })
  })

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await sandbox.app.request(`/v3.0/acme${path}`, {
      method,
      headers: authHeaders(ACME),
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await response.text()

    return { status: response.status, body: text === '' ? null : (JSON.parse(text) as unknown) }
  }

  const createPerson = async (person: Record<string, unknown>) => {
    const created = await call('POST', '/people', { person })
    expect(created.status).toBe(201)

    return rawCreatePersonResponseSchema.parse(created.body).person
  }

  it('new person has null collections', async () => {
    const person = await createPerson({ name: 'Ada Quinn' })
    const read = await call('GET', `/people/${person.id}`)
    const raw = read.body as { person: Record<string, unknown> }

    for (const key of ['positions', 'emails', 'phoneNumbers', 'tags', 'schools', 'notes']) {
      expect(raw.person[key], key).toBeNull()
    }
    expect(rawGetPersonResponseSchema.safeParse(read.body).success).toBe(true)
  })

  it('person has UUID id, timestamps and camelCase keys', async () => {
    const person = await createPerson({
      first_name: 'Ada',
      last_name: 'Quinn',
      do_not_contact: true,
    })
    const raw = (await call('GET', `/people/${person.id}`)).body as {
      person: Record<string, unknown>
    }

    expect(raw.person.id).toMatch(UUID)
    expect(raw.person.createdAt).toMatch(TIMESTAMP)
    expect(raw.person.updatedAt).toMatch(TIMESTAMP)
    expect(raw.person.name).toBe('Ada Quinn')
    expect(raw.person.doNotContact).toBe(true)
    expect(Object.keys(raw.person).filter((key) => key.includes('_'))).toEqual([])
  })

  it('empty lists are null', async () => {
    const people = await call('GET', '/people')
    const tags = await call('GET', '/tags')

    expect(people.body).toEqual({ people: null })
    expect(tags.body).toEqual({ tags: null })
    expect(rawListPeopleResponseSchema.safeParse(people.body).success).toBe(true)
  })

  it('statuses start with the default list', async () => {
    const statuses = await call('GET', '/statuses?limit=100')
    const parsed = rawListStatusesResponseSchema.parse(statuses.body)

    expect(parsed.statuses?.map((status) => status.name)).toContain('Research')
    expect(parsed.statuses).toHaveLength(23)
  })

  it.each([
    ['snake_case', { phone_number: { digits: '+44 20 7946 0000', location: 'work' } }],
    ['camelCase', { phoneNumber: { digits: '+44 20 7946 0000', location: 'work' } }],
  ])('phone accepts %s body', async (_casing, body) => {
    const person = await createPerson({ name: 'Ada Quinn' })
    const added = await call('POST', `/people/${person.id}/phone_numbers`, body)

    expect(added.status).toBe(201)
    expect(addPersonPhoneNumberResponseSchema.parse(added.body).personPhoneNumber.digits).toBe(
      '+44 20 7946 0000',
    )
  })

  it('every sub-resource write is wrapped and readable', async () => {
    const person = await createPerson({ name: 'Ada Quinn', tag_names: ['Fintech'] })
    const path = `/people/${person.id}`
    const tagId = rawListTagsResponseSchema.parse((await call('GET', '/tags')).body).tags?.[0]?.id

    const writes = [
      [
        addPersonAddressResponseSchema,
        'addresses',
        { address: { city: 'Lyon', state: 'ARA', street_2: 'Bât. B', postal_code: '69001' } },
      ],
      [
        addPersonEmailResponseSchema,
        'email_addresses',
        { email: { address: 'ada@example.com', location: 'work' } },
      ],
      [
        addPersonLinkedinUrlResponseSchema,
        'linkedin_urls',
        { linkedinUrl: { url: 'https://www.linkedin.com/in/ada-quinn' } },
      ],
      [
        addPersonWebSiteResponseSchema,
        'web_sites',
        { web_site: { url: 'https://ada.example.com' } },
      ],
      [
        addPersonPositionResponseSchema,
        'positions',
        { position: { title: 'CFO', company_name: 'Acme Ltd', start_year: 2020, start_month: 3 } },
      ],
      [
        addPersonSchoolResponseSchema,
        'schools',
        { school: { name: 'INSEAD', degree: 'MBA', field_of_study: 'Finance' } },
      ],
      [addPersonTagResponseSchema, 'tags', { person_tag: { tag_id: tagId } }],
      [createNoteResponseSchema, 'notes', { note: { content: '<p>Called.</p>' } }],
    ] as const

    for (const [schema, collection, body] of writes) {
      const added = await call('POST', `${path}/${collection}`, body)

      expect(added.status, collection).toBe(201)
      expect(schema.safeParse(added.body).error, collection).toBeUndefined()
    }

    const read = rawGetPersonResponseSchema.parse((await call('GET', path)).body).person
    expect(read.emails?.[0]?.address).toBe('ada@example.com')
    expect(read.positions?.[0]?.companyName).toBe('Acme Ltd')
    expect(read.positions?.[0]?.type).toBe('current')
    expect(read.positions?.[0]?.startDate).toBe('2020-03-01 00:00:00')
    expect(read.schools?.[0]?.fieldOfStudy).toBe('Finance')
    expect(read.tags).toHaveLength(1)
    expect(read.linkedinUrls?.[0]?.url).toBe('https://www.linkedin.com/in/ada-quinn')
    expect(read.webSites?.[0]?.url).toBe('https://ada.example.com')
    expect(read.preferredEmailAddress).toBe('ada@example.com')
  })

  it('notes list, read and create', async () => {
    const person = await createPerson({ name: 'Ada Quinn' })
    const created = createNoteResponseSchema.parse(
      (
        await call('POST', `/people/${person.id}/notes`, {
          note: { content: '<p>Hi</p>', type: 'Call' },
        })
      ).body,
    )
    const listed = rawListNotesResponseSchema.parse(
      (await call('GET', `/people/${person.id}/notes`)).body,
    )
    const read = rawGetNoteResponseSchema.parse(
      (await call('GET', `/notes/${created.personNote.id}`)).body,
    )

    expect(listed.notes?.map((note) => note.id)).toEqual([created.personNote.id])
    expect(read.note.content).toBe('<p>Hi</p>')
    expect(read.note.type).toBe('Call')
  })

  it('update changes only given fields', async () => {
    const person = await createPerson({ name: 'Ada Quinn', biography: 'Keep me' })
    const updated = await call('PUT', `/people/${person.id}`, {
      person: { last_name: 'Quinn-Ortiz' },
    })
    const parsed = rawGetPersonResponseSchema.parse(updated.body).person

    expect(updated.status).toBe(200)
    expect(parsed.name).toBe('Ada Quinn-Ortiz')
    expect(parsed.firstName).toBe('Ada')
    expect((updated.body as { person: { biography: string } }).person.biography).toBe('Keep me')
  })

  it.each([
    ['missing name', 'POST', '/people', { person: {} }, 'person.name'],
    ['missing wrapper', 'POST', '/people', { name: 'Ada' }, 'person'],
    [
      'wrong type',
      'POST',
      '/people',
      { person: { name: 'Ada', doNotContact: 'yes' } },
      'person.doNotContact',
    ],
    [
      'unknown tag id',
      'POST',
      '/people',
      { person: { name: 'Ada', tag_ids: ['00000000-0000-4000-8000-000000000000'] } },
      'person.tag_ids.0',
    ],
  ])('422 names field on %s', async (_case, method, path, body, field) => {
    const result = await call(method, path, body)
    const error = result.body as { message: string; errors: Record<string, string[]> }

    expect(result.status).toBe(422)
    expect(error.message).toContain(field)
    expect(Object.keys(error.errors)).toContain(field)
  })

  it.each([
    ['email_addresses', { email: { address: 'not-an-email' } }, 'email.address'],
    ['addresses', { address: { city: 'Lyon' } }, 'address.state'],
    ['linkedin_urls', { linkedin_url: { url: 'linkedin' } }, 'linkedin_url.url'],
    ['positions', { position: {} }, 'position'],
    [
      'tags',
      { person_tag: { tag_id: '00000000-0000-4000-8000-000000000000' } },
      'person_tag.tag_id',
    ],
    [
      'phone_numbers',
      { phone_number: { digits: '+44', location: 'moon' } },
      'phone_number.location',
    ],
  ])('422 on invalid %s body', async (collection, body, field) => {
    const person = await createPerson({ name: 'Ada Quinn' })
    const result = await call('POST', `/people/${person.id}/${collection}`, body)

    expect(result.status).toBe(422)
    expect((result.body as { message: string }).message).toContain(field)
  })

  it('unknown person is 404', async () => {
    const result = await call('GET', '/people/00000000-0000-4000-8000-000000000000')

    expect(result.status).toBe(404)
  })

  it('lists page with limit and offset', async () => {
    for (const name of ['A One', 'B Two', 'C Three']) await createPerson({ name })

    const page = rawListPeopleResponseSchema.parse(
      (await call('GET', '/people?limit=2&offset=1&sort=-updatedAt')).body,
    )
    const tooFar = await call('GET', '/people?offset=10')

    expect(page.people?.map((person) => person.name)).toEqual(['B Two', 'C Three'])
    expect(tooFar.body).toEqual({ people: null })
    expect((await call('GET', '/people?limit=0')).status).toBe(422)
  })

  it('webhooks create and delete', async () => {
    const created = await call('POST', '/webhooks', { hook_url: 'https://hooks.example.com/cw' })
    const { id } = createWebhookResponseSchema.parse(created.body)

    expect((await call('DELETE', `/webhooks/${id}`)).status).toBe(204)
    expect((await call('DELETE', `/webhooks/${id}`)).status).toBe(404)
    expect((await call('POST', '/webhooks', { hook_url: 'http://plain.example.com' })).status).toBe(
      422,
    )
  })
})
