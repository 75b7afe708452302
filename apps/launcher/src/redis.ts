import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { connect } from 'node:net'
import { setTimeout as sleep } from 'node:timers/promises'

/**
 * Sends `PING` to the Redis server of `redisUrl` over a raw socket and
 * resolves true on `+PONG`. A server that needs a password replies with a
 * `NOAUTH` error, which also proves it is running, so that counts as up too.
 */
export function pingRedis(redisUrl: string, timeoutMs = 1_000): Promise<boolean> {
  const url = new URL(redisUrl)
  const port = Number(url.port || 6379)
  const host = url.hostname.replace(/^\[|\]$/g, '')

  return new Promise((resolve) => {
    const socket = connect({ host, port })
    const finish = (up: boolean) => {
      socket.destroy()
      resolve(up)
    }
    socket.setTimeout(timeoutMs, () => finish(false))
    socket.once('error', () => finish(false))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      const reply = data.toString()
      finish(reply.startsWith('+PONG') || reply.startsWith('-NOAUTH'))
    })
  })
}

/** Returns whether `redis-server` is on the PATH. */
export function hasRedisServer(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0
}

/**
 * Starts a throw-away `redis-server` on the host and port of `redisUrl`,
 * keeping nothing on disk, and waits until it replies to `PING`.
 *
 * @throws {Error} when it does not reply within 10 seconds.
 */
export async function startRedis(redisUrl: string): Promise<ChildProcess> {
  const url = new URL(redisUrl)
  const port = url.port || '6379'
  const host = url.hostname.replace(/^\[|\]$/g, '')
  const child = spawn(
    'redis-server',
    ['--port', port, '--bind', host, '--save', '', '--appendonly', 'no'],
    { stdio: 'ignore', detached: true },
  )

  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await pingRedis(redisUrl)) return child
    await sleep(200)
  }
  child.kill('SIGTERM')
  throw new Error(
    `redis-server started but did not reply to PING on ${host}:${port} within 10 s; check its log and whether the port is free`,
  )
}

/** Returns whether a Redis URL points at this machine, where the launcher may start one. */
export function isLoopbackUrl(redisUrl: string): boolean {
  const host = new URL(redisUrl).hostname.replace(/^\[|\]$/g, '')
  return host === '127.0.0.1' || host === 'localhost' || host === '::1'
}
