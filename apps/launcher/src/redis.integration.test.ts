import { createServer } from 'node:net'

import { describe, expect, it } from 'vitest'

import { isLoopbackUrl, pingRedis } from './redis.js'

describe('pingRedis', () => {
  it('finds the local Redis', async () => {
    expect(await pingRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379')).toBe(true)
  })

  it('reports a closed port as down', async () => {
    const server = createServer()
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    await new Promise((resolve) => server.close(resolve))

    expect(await pingRedis(`redis://127.0.0.1:${port}`)).toBe(false)
  })

  it('reports a server that is not Redis as down', async () => {
    const server = createServer((socket) => socket.end('HTTP/1.1 400 Bad Request\r\n\r\n'))
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }

    expect(await pingRedis(`redis://127.0.0.1:${port}`)).toBe(false)
    server.close()
  })
})

describe('isLoopbackUrl', () => {
  it.each([
    ['redis://127.0.0.1:6379', true],
    ['redis://localhost', true],
    ['redis://[::1]:6380', true],
    ['redis://cache.internal:6379', false],
  ])('classifies %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected)
  })
})
