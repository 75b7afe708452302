import { createServer } from 'node:net'

/**
 * Finds a free TCP port on 127.0.0.1 by binding port 0 and closing the
 * socket again. Another process may take the port before the caller binds
 * it, which on a loopback test machine is rare enough to accept.
 */
export async function findFreePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })

  const address = server.address()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('No TCP port was bound.')
  return address.port
}
