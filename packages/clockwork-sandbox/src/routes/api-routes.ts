import {
  clockworkApiPrefix,
  clockworkEndpoints,
  type ClockworkEndpointName,
} from '@talent-sync/clockwork'
import type { Hono } from 'hono'

import type { SandboxContext, SandboxEnv } from '../http/sandbox-env.js'
import { contactHandlers } from './contact-routes.js'
import { historyHandlers } from './history-routes.js'
import { lookupHandlers } from './lookup-routes.js'
import { noteHandlers } from './note-routes.js'
import { peopleHandlers } from './people-routes.js'
import type { EndpointHandlers } from './route-kit.js'
import { webhookHandlers } from './webhook-routes.js'

/**
 * One handler per endpoint the client declares. Typing it as a record of
 * every endpoint name makes a new endpoint in the client fail the sandbox's
 * type check until the sandbox serves it.
 */
const handlers: EndpointHandlers<ClockworkEndpointName> = {
  ...peopleHandlers,
  ...contactHandlers,
  ...historyHandlers,
  ...noteHandlers,
  ...lookupHandlers,
  ...webhookHandlers,
}

/** Registers every Clockwork endpoint on `app` under `/v3.0/:firm`. */
export function registerApiRoutes(app: Hono<SandboxEnv>, context: SandboxContext): void {
  const names = Object.keys(clockworkEndpoints) as ClockworkEndpointName[]

  for (const name of names) {
    const { method, pattern } = clockworkEndpoints[name]
    const handler = handlers[name]

    app.on(method, `${clockworkApiPrefix}/:firm${pattern}`, (c) => handler(c, context))
  }
}
