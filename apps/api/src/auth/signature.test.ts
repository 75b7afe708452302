import { describe, expect, it } from 'vitest'

import { computeSignature, parseSignatureHeader, signBody, verifySignature } from './signature.js'

const SECRET = 'tss_test_secret_for_signatures'
const BODY = '{"id":"evt_1"}'
const NOW = 1_800_000_000

function check(header: string | undefined, overrides: { secrets?: string[]; body?: string } = {}) {
  return verifySignature({
    header,
    rawBody: overrides.body ?? BODY,
    secrets: overrides.secrets ?? [SECRET],
    nowSeconds: NOW,
    toleranceSeconds: 300,
  })
}

describe('parseSignatureHeader', () => {
  const digest = 'a'.repeat(64)

  it.each([
    [`t=1,v1=${digest}`, { timestamp: 1, digests: [digest] }],
    [`t=5, v1=${digest.toUpperCase()}`, { timestamp: 5, digests: [digest] }],
    [`v1=${digest},t=7,v2=zzz`, { timestamp: 7, digests: [digest] }],
  ])('parses %s', (header, expected) => {
    expect(parseSignatureHeader(header)).toEqual(expected)
  })

  it.each([
    undefined,
    '',
    't=1',
    `v1=${digest}`,
    `t=abc,v1=${digest}`,
    't=1,v1=abc',
    `t=-1,v1=${digest}`,
  ])('rejects %s', (header) => {
    expect(parseSignatureHeader(header)).toBeUndefined()
  })
})

describe('verifySignature', () => {
  it('accepts a fresh signature', () => {
    expect(check(signBody(SECRET, BODY, NOW))).toBe('valid')
  })

  it.each([
    [NOW - 300, 'valid'],
    [NOW + 300, 'valid'],
    [NOW - 301, 'expired'],
    [NOW + 301, 'expired'],
  ])('with timestamp %i is %s', (timestamp, expected) => {
    expect(check(signBody(SECRET, BODY, timestamp))).toBe(expected)
  })

  it('rejects a digest made with another secret', () => {
    expect(check(signBody('tss_other', BODY, NOW))).toBe('mismatch')
  })

  it('rejects a changed body', () => {
    expect(check(signBody(SECRET, BODY, NOW), { body: '{"id":"evt_2"}' })).toBe('mismatch')
  })

  it('rejects a digest moved to another timestamp', () => {
    const digest = computeSignature(SECRET, NOW, BODY)
    expect(check(`t=${NOW - 1},v1=${digest}`)).toBe('mismatch')
  })

  it('accepts any valid secret of the team', () => {
    const header = signBody('tss_previous', BODY, NOW)
    expect(check(header, { secrets: [SECRET, 'tss_previous'] })).toBe('valid')
  })

  it('accepts when one of several digests matches', () => {
    const header = `t=${NOW},v1=${'0'.repeat(64)},v1=${computeSignature(SECRET, NOW, BODY)}`
    expect(check(header)).toBe('valid')
  })

  it('rejects when the team has no secret', () => {
    expect(check(signBody(SECRET, BODY, NOW), { secrets: [] })).toBe('mismatch')
  })

  it('reports a malformed header', () => {
    expect(check('nonsense')).toBe('malformed')
  })
})
