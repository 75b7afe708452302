import { describe, expect, it } from 'vitest'

import { MandatoryFieldsMissingError } from './errors.js'

describe('MandatoryFieldsMissingError', () => {
  it('names fields by their labels', () => {
    const error = new MandatoryFieldsMissingError('p_1', ['firstName', 'emailAddresses'])

    expect(error.message).toBe(
      'Person p_1 was not synced: the mandatory fields First name, E-mail addresses have no value.',
    )
  })

  it('keeps keys in fields', () => {
    const error = new MandatoryFieldsMissingError('p_1', ['firstName', 'custom.budget'])

    expect(error.fields).toEqual(['firstName', 'custom.budget'])
    expect(error.message).toContain('First name, custom.budget')
  })
})
