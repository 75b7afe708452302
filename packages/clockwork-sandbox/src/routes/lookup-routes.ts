import { createTagRequestSchema } from '@talent-sync/clockwork'
import type { Context } from 'hono'

import { readPage, slicePage } from '../http/pagination.js'
import { readBody } from '../http/request-body.js'
import type { SandboxEnv } from '../http/sandbox-env.js'
import { listOrNull } from '../wire/serialize-person.js'
import { invalidField, type EndpointHandlers } from './route-kit.js'

/** Handlers of the lookup lists (companies, regions, tags, statuses) and tag creation. */
export const lookupHandlers: EndpointHandlers<
  'listCompanies' | 'listRegions' | 'listTags' | 'listStatuses' | 'createTag'
> = {
  listCompanies: (c) => {
    const companies = [...c.get('firm').companies.values()].map((company) => ({
      id: company.id,
      name: company.name,
      website: company.website,
      location: company.location,
      industry: company.industry,
      createdAt: company.createdAt,
      updatedAt: company.updatedAt,
    }))

    return c.json({ companies: listOrNull(pageOf(c, companies)) })
  },

  listRegions: (c) => {
    const regions = [...c.get('firm').regions.values()].map(({ id, name }) => ({ id, name }))

    return c.json({ regions: listOrNull(pageOf(c, regions)) })
  },

  listTags: (c) => {
    const tags = [...c.get('firm').tags.values()].map(({ id, name }) => ({ id, name }))

    return c.json({ tags: listOrNull(pageOf(c, tags)) })
  },

  listStatuses: (c) => {
    const statuses = [...c.get('firm').statuses.values()].map(({ id, name }, index) => ({
      id,
      name,
      position: index + 1,
    }))

    return c.json({ statuses: listOrNull(pageOf(c, statuses)) })
  },

  createTag: async (c, context) => {
    const store = c.get('firm')
    const { tag: fields } = await readBody(c.req.raw, createTagRequestSchema)
    const name = fields.name.trim()
    const exists = [...store.tags.values()].some(
      (tag) => tag.name.toLowerCase() === name.toLowerCase(),
    )

    if (name === '' || exists) {
      throw invalidField(
        'tag.name',
        name === '' ? 'a tag needs a name' : `tag "${name}" already exists`,
      )
    }

    const tag = store.findOrCreateTag(name)
    context.state.changed()

    return c.json({ tag: { id: tag.id, name: tag.name } }, 201)
  },
}

function pageOf<T>(c: Context<SandboxEnv>, items: T[]): T[] {
  return slicePage(
    items,
    readPage((name) => c.req.query(name)),
  )
}
