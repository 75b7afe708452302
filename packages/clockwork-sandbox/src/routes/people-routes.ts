import {
  clockworkPageSize,
  createPersonWithNamesRequestSchema,
  rawCreatePersonResponseSchema,
  rawGetPersonResponseSchema,
  rawListPeopleResponseSchema,
  rawSearchPeopleResponseSchema,
  updatePersonRequestSchema,
} from '@talent-sync/clockwork'
import type { Context } from 'hono'

import { readCount, readPage, slicePage } from '../http/pagination.js'
import { readBody } from '../http/request-body.js'
import type { SandboxContext, SandboxEnv } from '../http/sandbox-env.js'
import { searchPeople } from '../search/search-people.js'
import type { FirmStore } from '../state/firm-store.js'
import type { PersonRecord } from '../state/records.js'
import { listOrNull, serializePerson } from '../wire/serialize-person.js'
import {
  currentDate,
  invalidField,
  personChanged,
  requirePerson,
  sendResponse,
  type EndpointHandlers,
} from './route-kit.js'

/** Handlers of the person endpoints: list, create, read, update and search. */
export const peopleHandlers: EndpointHandlers<
  'listPeople' | 'createPerson' | 'getPerson' | 'updatePerson' | 'searchPeople'
> = {
  listPeople: (c, context) => {
    const store = c.get('firm')
    const page = slicePage(
      [...store.people.values()],
      readPage((name) => c.req.query(name)),
    )

    const people = listOrNull(serializeAll(store, page, context))

    return sendResponse(c, rawListPeopleResponseSchema, { people })
  },

  createPerson: async (c, context) => {
    const store = c.get('firm')
    const { person: fields } = await readBody(c.req.raw, createPersonWithNamesRequestSchema)
    const names = resolveNames(fields.name, fields.firstName, fields.lastName)
    const tagIds = resolveTagIds(store, fields.tag_ids ?? [], fields.tag_names ?? [])

    const person: PersonRecord = {
      ...store.newBase(),
      ...names,
      nickName: fields.nickName ?? null,
      biography: fields.biography ?? null,
      assistantName: fields.assistantName ?? '',
      skypeName: fields.skypeName ?? null,
      doNotContact: fields.doNotContact ?? false,
      noRelocation: fields.noRelocation ?? false,
      loadedAt: store.timestamp(),
      addresses: [],
      emails: [],
      phoneNumbers: [],
      linkedinUrls: [],
      webSites: [],
      positions: [],
      schools: [],
      tags: tagIds.map((tagId) => ({ ...store.newBase(), tagId })),
    }

    store.people.set(person.id, person)
    context.state.changed()
    c.set('personId', person.id)

    const body = { person: serializePerson(store, person, currentDate(context)) }

    return sendResponse(c, rawCreatePersonResponseSchema, body, 201)
  },

  getPerson: (c, context) => {
    const person = requirePerson(c)

    const body = { person: serializePerson(c.get('firm'), person, currentDate(context)) }

    return sendResponse(c, rawGetPersonResponseSchema, body)
  },

  updatePerson: async (c, context) => {
    const store = c.get('firm')
    const person = requirePerson(c)
    const { person: fields } = await readBody(c.req.raw, updatePersonRequestSchema)

    const nameChanged = [fields.name, fields.firstName, fields.lastName].some(
      (v) => v !== undefined,
    )
    if (nameChanged) {
      Object.assign(
        person,
        resolveNames(
          fields.name,
          fields.firstName ?? person.firstName ?? undefined,
          fields.lastName ?? person.lastName ?? undefined,
        ),
      )
    }

    person.nickName = fields.nickName ?? person.nickName
    person.biography = fields.biography ?? person.biography
    person.assistantName = fields.assistantName ?? person.assistantName
    person.skypeName = fields.skypeName ?? person.skypeName
    person.doNotContact = fields.doNotContact ?? person.doNotContact
    person.noRelocation = fields.noRelocation ?? person.noRelocation
    personChanged(store, person, context)

    const body = { person: serializePerson(store, person, currentDate(context)) }

    return sendResponse(c, rawGetPersonResponseSchema, body)
  },

  searchPeople: (c, context) => searchResponse(c, context),
}

/** Serves `GET /people_search`: `page` is 1-based and echoed in `meta.page`. */
function searchResponse(c: Context<SandboxEnv>, context: SandboxContext): Response {
  const store = c.get('firm')
  const requested = readCount('limit', c.req.query('limit'), 1) ?? clockworkPageSize.default
  const limit = Math.min(requested, clockworkPageSize.max)
  const page = readCount('page', c.req.query('page'), 1) ?? 1
  const matches = searchPeople(store, c.req.query('q') ?? '')
  const selected = slicePage(matches, { limit, offset: (page - 1) * limit })

  return sendResponse(c, rawSearchPeopleResponseSchema, {
    peopleSearch: listOrNull(serializeAll(store, selected, context)),
    meta: { total: matches.length, page },
  })
}

function serializeAll(store: FirmStore, people: PersonRecord[], context: SandboxContext) {
  const now = currentDate(context)

  return people.map((person) => serializePerson(store, person, now))
}

/**
 * Works out the three name fields from what a write sends: a full name is
 * split at its first space when no parts are given, and parts without a full
 * name are joined.
 */
function resolveNames(
  name: string | undefined,
  firstName: string | undefined,
  lastName: string | undefined,
): Pick<PersonRecord, 'name' | 'firstName' | 'lastName'> {
  const fullName = name?.trim() || [firstName, lastName].filter(Boolean).join(' ').trim()

  if (fullName === '') {
    throw invalidField('person.name', 'a person needs a name, or a first or last name')
  }

  if (firstName === undefined && lastName === undefined) {
    const space = fullName.indexOf(' ')
    return space < 0
      ? { name: fullName, firstName: fullName, lastName: null }
      : { name: fullName, firstName: fullName.slice(0, space), lastName: fullName.slice(space + 1) }
  }

  return { name: fullName, firstName: firstName ?? null, lastName: lastName ?? null }
}

/** Returns the tag ids a new person gets; names of missing tags create them. */
function resolveTagIds(store: FirmStore, tagIds: string[], tagNames: string[]): string[] {
  for (const [index, tagId] of tagIds.entries()) {
    if (!store.tags.has(tagId)) {
      throw invalidField(`person.tag_ids.${index}`, `no tag has id "${tagId}"`)
    }
  }

  const named = tagNames
    .filter((name) => name.trim() !== '')
    .map((name) => store.findOrCreateTag(name).id)

  return [...new Set([...tagIds, ...named])]
}
