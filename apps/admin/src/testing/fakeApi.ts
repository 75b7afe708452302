import { vi } from 'vitest'

/** A request the fake API received. */
export interface FakeRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: Record<string, string>
  body: unknown
}

/** What a fake route returns: a status and a JSON body. */
export interface FakeReply {
  status?: number
  body?: unknown
}

type Handler = (request: FakeRequest) => FakeReply | Promise<FakeReply>

/**
 * A stand-in for the API at the fetch boundary: routes keyed by
 * `METHOD /path` answer with JSON, every request is recorded, and an
 * unrouted request is a 404 in the API's error shape.
 */
export class FakeApi {
  readonly requests: FakeRequest[] = []
  private readonly routes = new Map<string, Handler>()

  /** Answers `METHOD /path` with a fixed reply or a handler. */
  on(route: string, reply: FakeReply | Handler): this {
    this.routes.set(route, typeof reply === 'function' ? reply : () => reply)
    return this
  }

  /** Lists the recorded requests of one route. */
  requestsTo(route: string): FakeRequest[] {
    return this.requests.filter((request) => `${request.method} ${request.path}` === route)
  }

  /** Installs this fake as the global fetch until the test's stubs are restored. */
  install(): this {
    vi.stubGlobal('fetch', (input: string, init: RequestInit = {}) => this.handle(input, init))
    return this
  }

  private async handle(input: string, init: RequestInit): Promise<Response> {
    const url = new URL(input, 'http://dashboard.test')
    const request: FakeRequest = {
      method: init.method ?? 'GET',
      path: url.pathname,
      query: url.searchParams,
      headers: (init.headers ?? {}) as Record<string, string>,
      body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
    }
    this.requests.push(request)

    const handler = this.routes.get(`${request.method} ${request.path}`)
    const reply = handler
      ? await handler(request)
      : { status: 404, body: { error: { code: 'not_found', message: 'No such route.' } } }

    const status = reply.status ?? 200
    if (status === 204) return new Response(null, { status })
    return new Response(JSON.stringify(reply.body ?? {}), {
      status,
      headers: { 'Content-Type': 'application/json' },
    })
  }
}

/** Builds the API's error body. */
export function errorReply(
  status: number,
  code: string,
  message: string,
  errors?: { path: string; message: string }[],
): FakeReply {
  return { status, body: { error: { code, message, ...(errors ? { errors } : {}) } } }
}
