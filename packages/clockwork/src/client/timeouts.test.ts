import { errors } from 'undici'
import { describe, expect, it } from 'vitest'

import { isResponseTimeout, timeoutDispatcher } from './timeouts.js'

describe('timeoutDispatcher', () => {
  it('shares one dispatcher per timeout value', () => {
    expect(timeoutDispatcher(1234)).toBe(timeoutDispatcher(1234))
    expect(timeoutDispatcher(1234)).not.toBe(timeoutDispatcher(1235))
  })

  it('starts the cache over past 64 values', () => {
    const first = timeoutDispatcher(5000)
    for (let timeoutMs = 6000; timeoutMs < 6070; timeoutMs += 1) timeoutDispatcher(timeoutMs)

    expect(timeoutDispatcher(5000)).not.toBe(first)
  })
})

describe('isResponseTimeout', () => {
  it.each([
    ['a head timeout', new errors.HeadersTimeoutError()],
    ['a body timeout', new errors.BodyTimeoutError()],
    [
      'a wrapped head timeout',
      new TypeError('fetch failed', { cause: new errors.HeadersTimeoutError() }),
    ],
    [
      'a twice-wrapped body timeout',
      new TypeError('terminated', {
        cause: new Error('body', { cause: new errors.BodyTimeoutError() }),
      }),
    ],
  ])('recognises %s', (_name, error) => {
    expect(isResponseTimeout(error)).toBe(true)
  })

  it.each([
    ['a refused connection', new TypeError('fetch failed', { cause: new Error('ECONNREFUSED') })],
    ['a connect timeout', new errors.ConnectTimeoutError()],
    ['a string', 'UND_ERR_HEADERS_TIMEOUT'],
    ['undefined', undefined],
  ])('does not take %s for a response timeout', (_name, error) => {
    expect(isResponseTimeout(error)).toBe(false)
  })

  it('stops on a cyclic cause', () => {
    const error = new Error('loop')
    error.cause = error

    expect(isResponseTimeout(error)).toBe(false)
  })
})
