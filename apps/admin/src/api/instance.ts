import { ApiClient } from './client.js'

/**
 * The dashboard's one API client. It talks to the page's own origin, where
 * the API serves both `/v1` and this SPA, so the session cookie applies.
 */
export const api = new ApiClient()
