import type { Person } from '@talent-sync/core'

import { ImportError } from '../errors.js'
import { formatLocation } from '../location.js'
import { splitFullName } from '../names.js'
import { parsePerson, textOrUndefined } from '../parse-person.js'
import { derivePersonId } from '../person-id.js'
import { sortProfileLinks } from '../social.js'
import type { JsonResumeDocument } from './document.js'
import { findJsonResumeErrors } from './validator.js'
import { domainOf, findCurrentWork, mapEducation, mapSkillsToTags, mapWork } from './sections.js'

/** Options of {@link fromJsonResume}. */
export interface FromJsonResumeOptions {
  /** The platform person id; derived with `derivePersonId` when missing. */
  id?: string
  /** Name of the input in error messages, such as a file name. */
  sourceName?: string
}

/**
 * Converts a JSON Resume document (jsonresume.org schema, validated with
 * `@jsonresume/schema`) to a platform person. Without `options.id`, the id
 * is derived from `basics.email`, else from `basics.name`, else from the
 * whole document. `basics.label` becomes the headline, and the current
 * position (the first without an end date) gives the job title, company
 * and company domain. Skills' keywords become tags.
 *
 * @throws ImportError `invalid_json_resume` when the document breaks the
 *   JSON Resume schema, or `invalid_person` when the mapped person breaks
 *   the person schema; `issues` names each field.
 */
export function fromJsonResume(document: unknown, options: FromJsonResumeOptions = {}): Person {
  const sourceName = options.sourceName ?? 'the JSON Resume document'
  const resume = validateJsonResume(document, sourceName)
  const basics = resume.basics ?? {}

  const name = splitFullName(basics.name)
  const email = textOrUndefined(basics.email)
  const phone = textOrUndefined(basics.phone)
  const links = sortProfileLinks([{ url: basics.url }, ...(basics.profiles ?? [])])
  const currentWork = findCurrentWork(resume.work)

  return parsePerson(
    {
      id: options.id ?? derivePersonId({ email, name: basics.name, content: document }),
      firstName: name.firstName,
      lastName: name.lastName,
      headline: textOrUndefined(basics.label) ?? null,
      jobTitle: textOrUndefined(currentWork?.position) ?? null,
      companyName: textOrUndefined(currentWork?.name) ?? null,
      companyDomain: domainOf(currentWork?.url) ?? null,
      location: basics.location ? (formatLocation(basics.location) ?? null) : null,
      summary: textOrUndefined(basics.summary) ?? null,
      emails: email ? [{ address: email, type: 'other' }] : [],
      phones: phone ? [{ number: phone, type: 'other' }] : [],
      socialUrls: links.socialUrls,
      workHistory: mapWork(resume.work),
      education: mapEducation(resume.education),
      tags: mapSkillsToTags(resume.skills),
      variables: links.variables,
    },
    sourceName,
  )
}

/**
 * Checks a document against the JSON Resume schema that `@jsonresume/schema`
 * ships. Throws {@link ImportError} `invalid_json_resume` with one issue
 * per schema violation.
 */
export function validateJsonResume(document: unknown, sourceName: string): JsonResumeDocument {
  if (typeof document !== 'object' || document === null || Array.isArray(document)) {
    throw new ImportError('invalid_json_resume', `${sourceName} is not a JSON object.`, [
      { path: '(root)', message: 'must be a JSON object' },
    ])
  }

  const issues = findJsonResumeErrors(document).map((error) => ({
    path: error.path.length > 0 ? error.path.map(String).join('.') : '(root)',
    message: error.message,
  }))

  if (issues.length > 0) {
    throw new ImportError(
      'invalid_json_resume',
      `${sourceName} is not a valid JSON Resume document.`,
      issues,
    )
  }
  return document as JsonResumeDocument
}
