import { describeError, isApiError } from '../api/errors.js'
import type { ConnectionCredentials } from '../api/types.js'

/** One input of the Clockwork connect form. */
export type CredentialField = keyof ConnectionCredentials

/** Why activation failed: a message per input at fault, and one for the whole form. */
export interface ActivationProblem {
  fields: Partial<Record<CredentialField, string>>
  summary: string
}

// Inputs that each activation error code points at, so the message sits next to them.
const FIELDS_BY_CODE: Record<string, CredentialField[]> = {
  crm_api_key_rejected: ['apiKey', 'apiSecret'],
  crm_credentials_rejected: ['apiKey', 'apiSecret'],
  crm_service_key_rejected: ['serviceKey'],
  crm_firm_not_found: ['firmSubdomain'],
}

const API_KEY_FIX = 'Copy the API key and its secret again from Clockwork, then select Activate.'

const FIX_BY_CODE: Record<string, string> = {
  crm_api_key_rejected: API_KEY_FIX,
  crm_credentials_rejected: API_KEY_FIX,
  crm_service_key_rejected: 'Copy the firm service key again from Clockwork, then select Activate.',
  crm_firm_not_found:
    'Enter only the subdomain of your Clockwork address, such as "acme" for acme.clockworkrecruiting.com.',
  crm_unreachable:
    'Nothing was saved. Try again in a minute; if it keeps failing, ask your server admin.',
}

/**
 * Explains a failed activation: the API's message for the whole form, and
 * a fix next to each input at fault. Validation errors from the API are
 * placed on their own inputs.
 */
export function explainActivationError(error: unknown): ActivationProblem {
  if (!isApiError(error)) return { fields: {}, summary: describeError(error) }

  const fields: Partial<Record<CredentialField, string>> = {}
  for (const field of FIELDS_BY_CODE[error.code] ?? []) {
    fields[field] = FIX_BY_CODE[error.code]
  }
  for (const issue of error.issues) {
    const field = issue.path.split('.')[0] as CredentialField
    if (['firmSubdomain', 'apiKey', 'apiSecret', 'serviceKey'].includes(field)) {
      fields[field] = issue.message
    }
  }

  // The API's message names what failed and how to fix it, so it is the summary as is.
  return { fields, summary: error.message }
}
