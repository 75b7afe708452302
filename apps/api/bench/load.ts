/**
 * Load generator of the events benchmark, run as a child process so the
 * load does not share an event loop with the server under test. Reads its
 * settings from the JSON file named by argv[2], signs every request with a fresh event id,
 * and prints the autocannon result as JSON on standard output.
 */
import { readFileSync } from 'node:fs'

import autocannon from 'autocannon'

import { signBody } from '../src/auth/signature.js'

interface LoadSettings {
  url: string
  /** Request body with `__ID__` where each event id goes. */
  template: string
  secret: string
  runId: string
  connections: number
  durationSeconds: number
}

const settings = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as LoadSettings
const parts = settings.template.split('__ID__')
let counter = 0

function nextBody(): string {
  counter += 1
  const prefix = `${settings.runId}-${counter}`
  return parts.reduce(
    (body, part, index) => (index === 0 ? part : `${body}${prefix}-${index}${part}`),
    '',
  )
}

const result = await autocannon({
  url: settings.url,
  connections: settings.connections,
  duration: settings.durationSeconds,
  requests: [
    {
      method: 'POST',
      setupRequest: (request) => {
        const body = nextBody()
        const signature = signBody(settings.secret, body, Math.floor(Date.now() / 1000))
        return {
          ...request,
          body,
          headers: { 'content-type': 'application/json', 'x-talent-sync-signature': signature },
        }
      },
    },
  ],
})

process.stdout.write(JSON.stringify(result))
