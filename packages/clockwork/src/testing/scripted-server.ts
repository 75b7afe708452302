import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'

/** Request as the scripted server received it. */
export interface ReceivedRequest {
  readonly method: string
  readonly url: string
  readonly headers: IncomingMessage['headers']
  readonly body: string
}

/** Handler that scripts one response, with the request's body already read. */
export type ScriptedHandler = (
  request: ReceivedRequest,
  response: ServerResponse,
  socket: Socket,
) => void | Promise<void>

/** HTTP server on 127.0.0.1 with a random port that responses as the test scripts it. */
export interface ScriptedServer {
  /** Origin such as `http://127.0.0.1:40123`. */
  readonly url: string
  /** Every request received so far, in order. */
  readonly requests: ReceivedRequest[]
  /** Replaces the handler for the next requests. */
  handle(handler: ScriptedHandler): void
  /** Closes the server and every open connection. */
  close(): Promise<void>
}

/** Starts a {@link ScriptedServer} on 127.0.0.1, port 0. */
export async function startScriptedServer(handler: ScriptedHandler): Promise<ScriptedServer> {
  let current = handler
  const requests: ReceivedRequest[] = []

  const server = createServer(async (incoming, response) => {
    const chunks: Buffer[] = []
    for await (const chunk of incoming) {
      chunks.push(chunk as Buffer)
    }

    const request = {
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString('utf8'),
    }
    requests.push(request)
    await current(request, response, incoming.socket)
  })

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    handle(next) {
      current = next
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

/** Sends a JSON response with the given status and extra headers. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'Content-Type': 'application/json', ...headers })
  response.end(JSON.stringify(body))
}
