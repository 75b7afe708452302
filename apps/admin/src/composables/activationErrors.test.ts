import { describe, expect, it } from 'vitest'

import { ApiError } from '../api/errors.js'
import { explainActivationError } from './activationErrors.js'

describe('explainActivationError', () => {
  it.each([
    ['crm_api_key_rejected', ['apiKey', 'apiSecret']],
    ['crm_credentials_rejected', ['apiKey', 'apiSecret']],
    ['crm_service_key_rejected', ['serviceKey']],
    ['crm_firm_not_found', ['firmSubdomain']],
    ['crm_unreachable', []],
  ])('%s points at %j', (code, fields) => {
    const problem = explainActivationError(
      new ApiError(code, 'Clockwork said no.', { status: 422 }),
    )

    expect(Object.keys(problem.fields).sort()).toEqual([...fields].sort())
    expect(problem.summary).toBe('Clockwork said no.')
  })

  it('places validation issues on their inputs', () => {
    const error = new ApiError('invalid_request', 'The request has invalid fields.', {
      status: 400,
      issues: [
        { path: 'firmSubdomain', message: 'must be a subdomain' },
        { path: 'unrelated', message: 'ignored' },
      ],
    })

    const problem = explainActivationError(error)

    expect(problem.fields).toEqual({ firmSubdomain: 'must be a subdomain' })
    expect(problem.summary).toBe('The request has invalid fields.')
  })

  it('hides unknown errors', () => {
    const problem = explainActivationError(new Error('stack at /srv/app.js'))

    expect(problem.fields).toEqual({})
    expect(problem.summary).not.toContain('app.js')
  })
})
