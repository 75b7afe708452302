/** Guessed Clockwork v3 endpoints: no public v3 source calls them. */
import type { ClockworkEndpoint } from '../endpoint.js'

// NOTE: unconfirmed; each route follows the v1/v2 API or REST custom, not a v3 source.
/** Endpoints the client and the sandbox agree on without a v3 source. */
export const unconfirmedEndpoints = {
  getPerson: { method: 'GET', pattern: '/people/:personId' },
  updatePerson: { method: 'PUT', pattern: '/people/:personId' },
  createPersonNote: { method: 'POST', pattern: '/people/:personId/notes' },
  addPersonSchool: { method: 'POST', pattern: '/people/:personId/schools' },
  addPersonWebSite: { method: 'POST', pattern: '/people/:personId/web_sites' },
  createTag: { method: 'POST', pattern: '/tags' },
} as const satisfies Record<string, ClockworkEndpoint>
