import type { Context } from 'hono'

/**
 * Returns the address of the client that sent a request. `proxies` is the number of reverse
 * proxies in front of the API that append to `X-Forwarded-For`. With none, the socket's peer is
 * the client. With some, the client is that many hops back along the socket's peer and the
 * header's entries read from the right. Entries further left come from the client and may be forged.
 */
export function resolveClientAddress(
  socketAddress: string,
  forwardedFor: string | undefined,
  proxies: number,
): string {
  if (proxies === 0 || forwardedFor === undefined) return socketAddress

  const forwarded = forwardedFor
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
  const chain = [socketAddress, ...forwarded.reverse()]
  return chain[Math.min(proxies, chain.length - 1)]!
}

/** Returns the request's client address, or `unknown` when there is no socket (in tests). */
export function clientAddress(c: Context, proxies: number): string {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)
    ?.incoming
  const socketAddress = incoming?.socket?.remoteAddress ?? 'unknown'
  return resolveClientAddress(socketAddress, c.req.header('x-forwarded-for'), proxies)
}
