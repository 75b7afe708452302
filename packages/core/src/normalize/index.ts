/**
 * Normalisation of the values a person carries: text, names, emails, phone
 * numbers, LinkedIn and other web URLs, and year-month dates. Every function
 * is pure and returns `null` for a value it cannot normalise.
 *
 * @packageDocumentation
 */

export { InvalidInputError, type InvalidInputCode } from './invalid-input-error.js'
export { normalizeLongText, normalizeText } from './text.js'
export { foldForComparison } from './fold.js'
export { normalizeEmail } from './email.js'
export { normalizePhone, type NormalizedPhone } from './phone.js'
export {
  normalizeLinkedInUrl,
  parseLinkedInUrl,
  type LinkedInUrl,
  type LinkedInUrlKind,
} from './linkedin.js'
export { normalizeUrl } from './url.js'
export { compareYearMonth, normalizeYearMonth, type YearMonth } from './year-month.js'
