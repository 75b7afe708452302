import { describe, expect, it } from 'vitest'

import { resolveClientAddress } from './client-address.js'

describe('resolveClientAddress', () => {
  it.each([
    ['no proxy, no header', '10.0.0.1', undefined, 0, '10.0.0.1'],
    ['no proxy, forged header', '10.0.0.1', '203.0.113.9', 0, '10.0.0.1'],
    ['one proxy', '10.0.0.1', '203.0.113.9', 1, '203.0.113.9'],
    ['one proxy, client-written entry', '10.0.0.1', '198.51.100.1, 203.0.113.9', 1, '203.0.113.9'],
    ['two proxies', '10.0.0.1', '198.51.100.1, 203.0.113.9, 10.0.0.2', 2, '203.0.113.9'],
    ['more proxies than entries', '10.0.0.1', '203.0.113.9', 3, '203.0.113.9'],
    ['one proxy, no header', '10.0.0.1', undefined, 1, '10.0.0.1'],
    ['one proxy, empty header', '10.0.0.1', ' , ', 1, '10.0.0.1'],
  ])('resolves %s', (_case, socket, forwardedFor, proxies, expected) => {
    expect(resolveClientAddress(socket, forwardedFor, proxies)).toBe(expected)
  })
})
