import { describe, expect, it } from 'vitest'

import { backoffDelay } from './backoff.js'
import { classifyFailure, retryAfterMs } from './failure-kind.js'

const policy = { baseMs: 100, maxMs: 1_000 }

describe('backoffDelay', () => {
  it.each([
    [1, 50, 100],
    [2, 100, 200],
    [3, 200, 400],
    [4, 400, 800],
    [5, 500, 1_000],
    [40, 500, 1_000],
  ])('keeps retry %i between %i and %i ms', (retry, low, high) => {
    expect(backoffDelay(retry, policy, () => 0)).toBe(low)
    expect(backoffDelay(retry, policy, () => 1)).toBe(high)
    expect(backoffDelay(retry, policy, () => 0.5)).toBe((low + high) / 2)
  })

  it('treats retry 0 like the first retry', () => {
    expect(backoffDelay(0, policy, () => 1)).toBe(100)
  })
})

describe('classifyFailure', () => {
  it.each([
    ['crm_rate_limited', 'rate_limited'],
    ['crm_credentials_rejected', 'credentials_rejected'],
    ['crm_server_error', 'transient'],
    ['crm_timeout', 'transient'],
    ['crm_unreachable', 'transient'],
    ['crm_validation_failed', 'permanent'],
    ['crm_invalid_response', 'permanent'],
    ['mandatory_fields_missing', 'permanent'],
    ['invalid_event', 'permanent'],
  ])('sorts %s as %s', (code, kind) => {
    expect(classifyFailure(Object.assign(new Error('x'), { code }))).toBe(kind)
  })

  it.each([[new Error('socket hang up')], ['text'], [undefined], [{ code: 42 }]])(
    'treats %j without a known code as transient',
    (error) => {
      expect(classifyFailure(error)).toBe('transient')
    },
  )
})

describe('retryAfterMs', () => {
  it.each([
    [{ retryAfterMs: 1_500 }, 1_500],
    [{ retryAfterMs: 0 }, 0],
    [{ retryAfterMs: -1 }, undefined],
    [{ retryAfterMs: Number.NaN }, undefined],
    [{}, undefined],
    [null, undefined],
  ])('reads %j as %s', (error, expected) => {
    expect(retryAfterMs(error)).toBe(expected)
  })
})
