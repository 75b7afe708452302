import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { normalizeEmail } from './email.js'

describe('normalizeEmail', () => {
  it.each([
    ['ada@example.com', 'ada@example.com'],
    ['  Ada.Lovelace@Example.COM ', 'ada.lovelace@example.com'],
    ['first+tag@mail.example.co.uk', 'first+tag@mail.example.co.uk'],
    ["o'brien@example.ie", "o'brien@example.ie"],
    ['zoë@exämple.de', 'zoë@exämple.de'],
    ['ada@xn--exmple-cua.de', 'ada@xn--exmple-cua.de'],
  ])('normalises %j', (input, expected) => {
    expect(normalizeEmail(input)).toBe(expected)
  })

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['empty', ''],
    ['blank', '   '],
    ['no at sign', 'ada.example.com'],
    ['empty local part', '@example.com'],
    ['empty domain', 'ada@'],
    ['two at signs', 'ada@lovelace@example.com'],
    ['single-label domain', 'ada@localhost'],
    ['numeric top-level domain', 'ada@example.123'],
    ['leading dot', '.ada@example.com'],
    ['double dot', 'ada..lovelace@example.com'],
    ['trailing dot in local part', 'ada.@example.com'],
    ['space inside', 'ada lovelace@example.com'],
    ['display name', 'Ada <ada@example.com>'],
    ['quoted local part', '"ada lovelace"@example.com'],
    ['IP literal', 'ada@[192.0.2.1]'],
    ['label starting with hyphen', 'ada@-example.com'],
    ['empty label', 'ada@example..com'],
    ['local part over 64', `${'a'.repeat(65)}@example.com`],
    ['address over 254', `ada@${Array.from({ length: 5 }, () => 'a'.repeat(60)).join('.')}.com`],
  ])('rejects %s', (_case, input) => {
    expect(normalizeEmail(input)).toBeNull()
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (text) => {
        const once = normalizeEmail(text)
        expect(normalizeEmail(once)).toBe(once)
      }),
    )
  })

  it('accepts generated addresses', () => {
    fc.assert(
      fc.property(fc.emailAddress(), (address) => {
        expect(normalizeEmail(address.toUpperCase())).toBe(address.toLowerCase())
      }),
    )
  })
})
