import { rawSearchPeopleResponseSchema } from '@talent-sync/clockwork'
import { beforeAll, describe, expect, it } from 'vitest'

import { createSandbox, type Sandbox } from '../app.js'
import { ACME, authHeaders } from '../testing/fixtures.js'
import { foldText } from './fold-text.js'

describe('foldText', () => {
  it.each([
    ['Zoë', 'zoe'],
    ['ŁUKASIK', 'lukasik'],
    ['Søren Straße', 'soren strasse'],
    ['Ångström', 'angstrom'],
  ])('folds %s', (input, folded) => {
    expect(foldText(input)).toBe(folded)
  })
})

describe('people_search', () => {
  let sandbox: Sandbox

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await sandbox.app.request(`/v3.0/acme${path}`, {
      method,
      headers: authHeaders(ACME),
      body: body === undefined ? undefined : JSON.stringify(body),
    })

    return (await response.json()) as Record<string, Record<string, string>>
  }

  const search = async (query: string) => {
    const response = await sandbox.app.request(`/v3.0/acme/people_search?${query}`, {
      headers: authHeaders(ACME),
    })

    return rawSearchPeopleResponseSchema.parse(await response.json())
  }

  const names = async (q: string) =>
    ((await search(`q=${encodeURIComponent(q)}`)).peopleSearch ?? []).map((person) => person.name)

  beforeAll(async () => {
    sandbox = createSandbox({ firms: [ACME] })

    const zoe = (
      await call('POST', '/people', {
        person: { name: "Zoë O'Brien-Łukasik", tag_names: ['Board Member'] },
      })
    ).person
    await call('POST', `/people/${zoe?.id}/email_addresses`, {
      email: { address: 'zoe.obrien@northwind.example.com' },
    })
    await call('POST', `/people/${zoe?.id}/linkedin_urls`, {
      linkedin_url: { url: 'https://www.linkedin.com/in/zoe-obrien' },
    })
    await call('POST', `/people/${zoe?.id}/positions`, {
      position: { title: 'COO', company_name: 'Société Générale de Logiciels' },
    })

    for (let index = 1; index <= 5; index += 1) {
      const person = (await call('POST', '/people', { person: { name: `Sam Analyst${index}` } }))
        .person
      await call('POST', `/people/${person?.id}/positions`, {
        position: { company_name: 'Acme Ltd' },
      })
    }
  })

  it.each([
    ['name without accents', 'zoe lukasik'],
    ['name in upper case', 'ZOË'],
    ['email', 'zoe.obrien@northwind.example.com'],
    ['LinkedIn URL with trailing slash', 'linkedin.com/in/zoe-obrien/'],
    ['company name without accents', 'societe generale'],
    ['tag name', 'board member'],
  ])('finds by %s', async (_case, query) => {
    expect(await names(query)).toEqual(["Zoë O'Brien-Łukasik"])
  })

  it('misses on unknown text', async () => {
    const result = await search('q=nobody-here')

    expect(result.peopleSearch).toBeNull()
    expect(result.meta).toEqual({ total: 0, page: 1 })
  })

  it('pages with page and limit', async () => {
    const first = await search('q=acme&limit=2&page=1')
    const third = await search('q=acme&limit=2&page=3&unknown=1')

    expect(first.meta).toEqual({ total: 5, page: 1 })
    expect(first.peopleSearch?.map((person) => person.name)).toEqual([
      'Sam Analyst1',
      'Sam Analyst2',
    ])
    expect(third.meta).toEqual({ total: 5, page: 3 })
    expect(third.peopleSearch?.map((person) => person.name)).toEqual(['Sam Analyst5'])
  })
})
