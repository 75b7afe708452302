import {
  addPersonPositionRequestSchema,
  addPersonPositionResponseSchema,
  addPersonSchoolRequestSchema,
  addPersonSchoolResponseSchema,
  addPersonTagRequestSchema,
  addPersonTagResponseSchema,
} from '@talent-sync/clockwork'

import { readBody } from '../http/request-body.js'
import type { FirmStore } from '../state/firm-store.js'
import type { CompanyRecord } from '../state/records.js'
import { serializePosition, serializeSchool } from '../wire/serialize-person.js'
import { personEntryHandler } from './person-entry.js'
import {
  currentDate,
  invalidField,
  personChanged,
  requirePerson,
  sendResponse,
  type EndpointHandlers,
} from './route-kit.js'

/** Handlers of the history endpoints: positions, schools and person tags. */
export const historyHandlers: EndpointHandlers<
  'addPersonPosition' | 'addPersonSchool' | 'addPersonTag'
> = {
  addPersonPosition: personEntryHandler({
    bodySchema: addPersonPositionRequestSchema,
    responseSchema: addPersonPositionResponseSchema,
    build: ({ position: fields }, store) => {
      const company = resolveCompany(store, fields.companyId, fields.companyName)

      return {
        title: fields.title ?? null,
        companyId: company?.id ?? null,
        companyName: company?.name ?? null,
        description: null,
        startMonth: fields.startMonth ?? null,
        startYear: fields.startYear ?? null,
        endMonth: fields.endMonth ?? null,
        endYear: fields.endYear ?? null,
      }
    },
    collection: (person) => person.positions,
    respond: (position, context) => ({
      position: serializePosition(position, currentDate(context)),
    }),
  }),

  addPersonSchool: personEntryHandler({
    bodySchema: addPersonSchoolRequestSchema,
    responseSchema: addPersonSchoolResponseSchema,
    build: ({ school: fields }) => ({
      name: fields.name,
      degree: fields.degree ?? null,
      fieldOfStudy: fields.fieldOfStudy ?? null,
      startYear: fields.startYear ?? null,
      endYear: fields.endYear ?? null,
    }),
    collection: (person) => person.schools,
    respond: (school) => ({ personSchool: serializeSchool(school) }),
  }),

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

    const personTag = { id: link.id, tagId: tag.id, name: tag.name }

    return sendResponse(c, addPersonTagResponseSchema, { personTag }, 201)
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
