import {
  createTagRequestSchema,
  createTagResponseSchema,
  rawListCompaniesResponseSchema,
  rawListRegionsResponseSchema,
  rawListStatusesResponseSchema,
  rawListTagsResponseSchema,
} from '@talent-sync/clockwork'
import type { Context } from 'hono'

import { readPage, slicePage } from '../http/pagination.js'
import { readBody } from '../http/request-body.js'
import type { SandboxEnv } from '../http/sandbox-env.js'
import { listOrNull } from '../wire/serialize-person.js'
import { invalidField, sendResponse, type EndpointHandlers } from './route-kit.js'

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

    return sendResponse(c, rawListCompaniesResponseSchema, {
      companies: listOrNull(pageOf(c, companies)),
    })
  },

  listRegions: (c) => {
    const regions = [...c.get('firm').regions.values()].map(({ id, name }) => ({ id, name }))

    return sendResponse(c, rawListRegionsResponseSchema, {
      regions: listOrNull(pageOf(c, regions)),
    })
  },

  listTags: (c) => {
    const tags = [...c.get('firm').tags.values()].map(({ id, name }) => ({ id, name }))

    return sendResponse(c, rawListTagsResponseSchema, { tags: listOrNull(pageOf(c, tags)) })
  },

  listStatuses: (c) => {
    const statuses = [...c.get('firm').statuses.values()].map(({ id, name }, index) => ({
      id,
      name,
      position: index + 1,
    }))

    return sendResponse(c, rawListStatusesResponseSchema, {
      statuses: listOrNull(pageOf(c, statuses)),
    })
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

    return sendResponse(c, createTagResponseSchema, { tag: { id: tag.id, name: tag.name } }, 201)
  },
}

function pageOf<T>(c: Context<SandboxEnv>, items: T[]): T[] {
  return slicePage(
    items,
    readPage((name) => c.req.query(name)),
  )
}
