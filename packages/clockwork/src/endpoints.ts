import type { ClockworkEndpoint, PathParams } from './endpoint.js'
import { unconfirmedEndpoints } from './unconfirmed/endpoints.js'

/** Endpoints that public v3 integrations call. */
export const confirmedEndpoints = {
  listPeople: { method: 'GET', pattern: '/people' },
  createPerson: { method: 'POST', pattern: '/people' },
  searchPeople: { method: 'GET', pattern: '/people_search' },
  listPersonNotes: { method: 'GET', pattern: '/people/:personId/notes' },
  getNote: { method: 'GET', pattern: '/notes/:noteId' },
  addPersonAddress: { method: 'POST', pattern: '/people/:personId/addresses' },
  addPersonEmail: { method: 'POST', pattern: '/people/:personId/email_addresses' },
  addPersonPhoneNumber: { method: 'POST', pattern: '/people/:personId/phone_numbers' },
  addPersonLinkedinUrl: { method: 'POST', pattern: '/people/:personId/linkedin_urls' },
  addPersonPosition: { method: 'POST', pattern: '/people/:personId/positions' },
  addPersonTag: { method: 'POST', pattern: '/people/:personId/tags' },
  listCompanies: { method: 'GET', pattern: '/companies' },
  listRegions: { method: 'GET', pattern: '/regions' },
  listTags: { method: 'GET', pattern: '/tags' },
  listStatuses: { method: 'GET', pattern: '/statuses' },
  createWebhook: { method: 'POST', pattern: '/webhooks' },
  deleteWebhook: { method: 'DELETE', pattern: '/webhooks/:hookId' },
} as const satisfies Record<string, ClockworkEndpoint>

/** Every endpoint the client calls and the sandbox serves, confirmed or guessed. */
export const clockworkEndpoints = { ...confirmedEndpoints, ...unconfirmedEndpoints }

/** Name of a Clockwork endpoint. */
export type ClockworkEndpointName = keyof typeof clockworkEndpoints

/** Parameters of the named endpoint's path. */
export type EndpointParams<Name extends ClockworkEndpointName> = PathParams<
  (typeof clockworkEndpoints)[Name]['pattern']
>

/** Path prefix of the v3 API; the firm's name follows it. */
export const clockworkApiPrefix = '/v3.0'

/** Base path of a firm's API: `/v3.0/{firm}`. */
export function firmBasePath(firm: string): string {
  return `${clockworkApiPrefix}/${encodeURIComponent(firm)}`
}

/**
 * Each pattern split at its parameters, with text at even indexes and parameter names at odd
 * ones. Built on first use, because a regular-expression replace on every call showed in profiles.
 */
const patternParts = new Map<ClockworkEndpointName, readonly string[]>()

/**
 * Builds the path of the named endpoint relative to the firm's base path, with each parameter
 * URL-encoded, e.g. `clockworkPath('getNote', { noteId })` gives `/notes/<noteId>`.
 */
export function clockworkPath<Name extends ClockworkEndpointName>(
  name: Name,
  params: EndpointParams<Name>,
): string {
  let parts = patternParts.get(name)
  if (parts === undefined) {
    parts = clockworkEndpoints[name].pattern.split(/:(\w+)/)
    patternParts.set(name, parts)
  }

  const values = params as Record<string, string>
  let path = parts[0] ?? ''
  for (let index = 1; index < parts.length; index += 2) {
    const key = parts[index]!
    const value = values[key]
    if (value === undefined) {
      throw new TypeError(`missing path parameter "${key}" for Clockwork endpoint ${name}`)
    }
    path += encodeURIComponent(value) + (parts[index + 1] ?? '')
  }
  return path
}
