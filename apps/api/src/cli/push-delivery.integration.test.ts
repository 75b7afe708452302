import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { personSchema, type Person } from '@talent-sync/core'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import { SIGNATURE_HEADER, verifySignature } from '../auth/signature.js'
import { deliverPeople, type PushTarget } from './push-delivery.js'

const SECRET = 'whsec_test_push_delivery'
const NOW = new Date('2026-12-01T10:00:00Z')

interface ReceivedRequest {
  signature: 'valid' | 'malformed' | 'expired' | 'mismatch'
  events: { id: string; person: { id: string } }[]
  bytes: number
}

type Reply = (request: ReceivedRequest) => { status: number; body: unknown }

let server: Server
let apiUrl: string
let received: ReceivedRequest[]
let reply: Reply

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
  const rawBody = await readBody(request)
  const signature = verifySignature({
    header: request.headers[SIGNATURE_HEADER.toLowerCase()] as string | undefined,
    rawBody,
    secrets: [SECRET],
    nowSeconds: Math.floor(NOW.getTime() / 1000),
    toleranceSeconds: 300,
  })
  const record = {
    signature,
    events: JSON.parse(rawBody).events,
    bytes: Buffer.byteLength(rawBody),
  }
  received.push(record)

  const { status, body } = reply(record)
  response.writeHead(status, { 'Content-Type': 'application/json' })
  response.end(JSON.stringify(body))
}

const accept: Reply = (request) => ({
  status: 202,
  body: { accepted: request.events.map((event) => event.id), duplicates: [] },
})

function makePeople(count: number, summary = ''): Person[] {
  return Array.from({ length: count }, (_unused, index) =>
    personSchema.parse({
      id: `p_${index}`,
      firstName: `Person ${index}`,
      summary: summary || null,
    }),
  )
}

function target(overrides: Partial<PushTarget> = {}): PushTarget {
  return { apiUrl, teamId: 'team_1', signingSecret: SECRET, userId: 'user_1', ...overrides }
}

const options = { fetch, now: () => NOW }

beforeAll(async () => {
  server = createServer((request, response) => void handle(request, response))
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(() => new Promise((resolve) => server.close(resolve)))

beforeEach(() => {
  received = []
  reply = accept
})

describe('deliverPeople', () => {
  it('signs batches of up to 500 events', async () => {
    const progress: number[] = []

    const report = await deliverPeople(makePeople(1001), target(), {
      ...options,
      onProgress: (handled) => progress.push(handled),
    })

    expect(report).toEqual({ accepted: 1001, duplicates: 0, rejected: [], notSent: 0 })
    expect(received.map((request) => request.events.length)).toEqual([500, 500, 1])
    expect(received.every((request) => request.signature === 'valid')).toBe(true)
    expect(progress).toEqual([500, 1000, 1001])
  })

  it('keeps event ids stable per person and campaign', async () => {
    const people = makePeople(2)

    await deliverPeople(people, target({ campaignName: 'Data leads' }), options)
    await deliverPeople(people, target({ campaignName: 'Data leads' }), options)
    await deliverPeople(people, target({ campaignName: 'Other campaign' }), options)

    const ids = received.map((request) => request.events.map((event) => event.id))
    expect(ids[0]).toEqual(ids[1])
    expect(ids[0]).not.toEqual(ids[2])
    expect(new Set(ids[0]).size).toBe(2)
    expect(ids[0]?.[0]).toMatch(/^evt_push_[0-9a-f]{32}$/)
  })

  it('counts duplicates', async () => {
    reply = (request) => ({
      status: 202,
      body: { accepted: [], duplicates: request.events.map((event) => event.id) },
    })

    const report = await deliverPeople(makePeople(3), target(), options)

    expect(report.accepted).toBe(3)
    expect(report.duplicates).toBe(3)
  })

  it('resends a batch without the rejected events', async () => {
    reply = (request) =>
      request.events.some((event) => event.person.id === 'p_1')
        ? {
            status: 400,
            body: {
              error: {
                code: 'invalid_event',
                message: 'The delivery has invalid events; nothing was queued.',
                errors: [
                  {
                    path: `events.${request.events.findIndex((event) => event.person.id === 'p_1')}.userId`,
                    message: 'is not a user of this team',
                  },
                ],
              },
            },
          }
        : accept(request)

    const report = await deliverPeople(makePeople(3), target(), options)

    expect(report.accepted).toBe(2)
    expect(report.rejected.map((rejection) => rejection.person.id)).toEqual(['p_1'])
    expect(report.rejected[0]?.issues).toEqual([
      { path: 'userId', message: 'is not a user of this team' },
    ])
    expect(received.map((request) => request.events.map((event) => event.person.id))).toEqual([
      ['p_0', 'p_1', 'p_2'],
      ['p_0', 'p_2'],
    ])
  })

  it('rejects the whole batch when no event is named', async () => {
    reply = () => ({
      status: 400,
      body: {
        error: {
          code: 'invalid_event',
          message: 'The delivery does not name one team.',
          errors: [{ path: 'teamId', message: 'is required' }],
        },
      },
    })

    const report = await deliverPeople(makePeople(2), target(), options)

    expect(report.accepted).toBe(0)
    expect(report.rejected.map((rejection) => rejection.reason)).toEqual([
      'The delivery does not name one team.',
      'The delivery does not name one team.',
    ])
    expect(received).toHaveLength(1)
  })

  it('splits a batch the API finds too large', async () => {
    reply = (request) =>
      request.events.length > 2
        ? { status: 413, body: { error: { code: 'payload_too_large' } } }
        : accept(request)

    const report = await deliverPeople(makePeople(5), target(), options)

    expect(report.accepted).toBe(5)
    expect(received.map((request) => request.events.length)).toEqual([5, 3, 2, 1, 2])
  })

  it('keeps each request under 1 MiB', async () => {
    const report = await deliverPeople(makePeople(120, 'x'.repeat(19_000)), target(), options)

    expect(report.accepted).toBe(120)
    expect(received.length).toBeGreaterThan(1)
    expect(Math.max(...received.map((request) => request.bytes))).toBeLessThanOrEqual(1024 * 1024)
  })

  it('rejects an event over 1 MiB', async () => {
    const position = { companyName: 'Example Labs', description: 'x'.repeat(19_000) }
    const huge = personSchema.parse({
      id: 'p_huge',
      workHistory: Array.from({ length: 60 }, () => position),
    })

    const report = await deliverPeople([huge, ...makePeople(1)], target(), options)

    expect(report.accepted).toBe(1)
    expect(report.rejected.map((rejection) => rejection.person.id)).toEqual(['p_huge'])
    expect(report.rejected[0]?.reason).toMatch(
      /^Its event is \d+ bytes, over the API's limit of 1048576 bytes per request\.$/,
    )
    expect(received.map((request) => request.events.length)).toEqual([1])
  })

  it('stops at a server error', async () => {
    reply = () => ({
      status: 500,
      body: { error: { code: 'internal_error', message: 'Something failed.' } },
    })

    const report = await deliverPeople(makePeople(700), target(), options)

    expect(report.failure).toBe('The API returned 500 (internal_error): Something failed.')
    expect(report.notSent).toBe(700)
    expect(received).toHaveLength(1)
  })

  it('stops when the API cannot be reached', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))

    const report = await deliverPeople(
      makePeople(2),
      target({ apiUrl: `http://127.0.0.1:${port}/` }),
      options,
    )

    expect(report.failure).toBe(
      `Could not reach http://127.0.0.1:${port}/v1/events (ECONNREFUSED); is the API running?`,
    )
    expect(report.notSent).toBe(2)
  })
})
