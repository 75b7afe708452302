import {
  addPersonPositionRequestSchema,
  addPersonSchoolRequestSchema,
  addPersonTagRequestSchema,
} from '@talent-sync/clockwork'

import { readBody } from '../http/request-body.js'
import type { FirmStore } from '../state/firm-store.js'
import type { CompanyRecord } from '../state/records.js'
import { serializePosition, serializeSchool } from '../wire/serialize-person.js'
import {
  currentDate,
  invalidField,
  personChanged,
  requirePerson,
  type EndpointHandlers,
} from './route-kit.js'

/** Handlers of the history endpoints: positions, schools and person tags. */
export const historyHandlers: EndpointHandlers<
  'addPersonPosition' | 'addPersonSchool' | 'addPersonTag'
> = {
  addPersonPosition: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { position: fields } = await readBody(c.req.raw, addPersonPositionRequestSchema)
    const company = resolveCompany(store, fields.companyId, fields.companyName)

    const position = {
      ...store.newBase(),
      title: fields.title ?? null,
      companyId: company?.id ?? null,
      companyName: company?.name ?? null,
      description: null,
      startMonth: fields.startMonth ?? null,
      startYear: fields.startYear ?? null,
      endMonth: fields.endMonth ?? null,
      endYear: fields.endYear ?? null,
    }
    person.positions.push(position)
    personChanged(store, person, context)

    return c.json({ position: serializePosition(position, currentDate(context)) }, 201)
  },

  addPersonSchool: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { school: fields } = await readBody(c.req.raw, addPersonSchoolRequestSchema)

    const school = {
      ...store.newBase(),
      name: fields.name,
      degree: fields.degree ?? null,
      fieldOfStudy: fields.fieldOfStudy ?? null,
      startYear: fields.startYear ?? null,
      endYear: fields.endYear ?? null,
    }
    person.schools.push(school)
    personChanged(store, person, context)

    return c.json({ personSchool: serializeSchool(school) }, 201)
  },

  addPersonTag: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { person_tag: fields } = await readBody(c.req.raw, addPersonTagRequestSchema)
    const tag = store.tags.get(fields.tag_id)

    if (tag === undefined) {
      throw invalidField('person_tag.tag_id', `no tag has id "${fields.tag_id}"`)
    }

    // Tagging twice keeps one link, as a set of tags would.
    let link = person.tags.find((existing) => existing.tagId === tag.id)
    if (link === undefined) {
      link = { ...store.newBase(), tagId: tag.id }
      person.tags.push(link)
      personChanged(store, person, context)
    }

    return c.json({ personTag: { id: link.id, tagId: tag.id, name: tag.name } }, 201)
  },
}

/**
 * Finds the company a position names. An id must exist; a name without an
 * id matches an existing company exactly (ignoring case) or creates one.
 */
function resolveCompany(
  store: FirmStore,
  companyId: string | undefined,
  companyName: string | undefined,
): CompanyRecord | undefined {
  if (companyId !== undefined) {
    const company = store.companies.get(companyId)
    if (company === undefined) {
      throw invalidField('position.companyId', `no company has id "${companyId}"`)
    }

    return company
  }

  const name = companyName?.trim()
  if (name === undefined || name === '') return undefined

  for (const company of store.companies.values()) {
    if (company.name.toLowerCase() === name.toLowerCase()) return company
  }

  const company = { ...store.newBase(), name, website: null, location: null, industry: null }
  store.companies.set(company.id, company)

  return company
}
