import { LIMITS, type PersonInput } from '@talent-sync/core'

import { isoDateToYear, isoDateToYearMonth } from '../dates.js'
import { textOrUndefined } from '../parse-person.js'
import { withScheme } from '../social.js'
import type { JsonResumeEducation, JsonResumeSkill, JsonResumeWork } from './document.js'

type WorkHistoryInput = NonNullable<PersonInput['workHistory']>[number]
type EducationInput = NonNullable<PersonInput['education']>[number]

/**
 * Maps `work` entries to work history. A position without an `endDate` is
 * current, and `highlights` follow the `summary` as bullet lines. Entries
 * with neither a company nor a position carry nothing the CRM can store,
 * so they are left out.
 */
export function mapWork(work: readonly JsonResumeWork[] = []): WorkHistoryInput[] {
  return work
    .filter((entry) => textOrUndefined(entry.name) || textOrUndefined(entry.position))
    .map((entry) => {
      const endDate = isoDateToYearMonth(entry.endDate)
      return {
        title: textOrUndefined(entry.position) ?? null,
        companyName: textOrUndefined(entry.name) ?? null,
        startDate: isoDateToYearMonth(entry.startDate) ?? null,
        endDate: endDate ?? null,
        current: endDate === undefined,
        description: describeWork(entry) ?? null,
      }
    })
}

function describeWork(entry: JsonResumeWork): string | undefined {
  const highlights = (entry.highlights ?? [])
    .map((highlight) => textOrUndefined(highlight))
    .filter((highlight): highlight is string => highlight !== undefined)
    .map((highlight) => `• ${highlight}`)

  const parts = [textOrUndefined(entry.summary), ...highlights].filter(Boolean)
  return parts.length > 0 ? parts.join('\n') : undefined
}

/**
 * Maps `education` entries: `institution` to school, `studyType` to degree,
 * `area` to field of study, and the years of the dates. Entries without an
 * institution are left out because the person schema requires a school.
 */
export function mapEducation(education: readonly JsonResumeEducation[] = []): EducationInput[] {
  return education
    .filter((entry) => textOrUndefined(entry.institution))
    .map((entry) => ({
      school: textOrUndefined(entry.institution) ?? '',
      degree: textOrUndefined(entry.studyType) ?? null,
      fieldOfStudy: textOrUndefined(entry.area) ?? null,
      startYear: isoDateToYear(entry.startDate) ?? null,
      endYear: isoDateToYear(entry.endDate) ?? null,
    }))
}

/**
 * Maps skills to tags: each skill's keywords, or the skill's name when it
 * has none, without case-insensitive repeats.
 *
 * NOTE: tags past the person schema's list limit are dropped rather than
 * rejecting the whole person over optional data.
 */
export function mapSkillsToTags(skills: readonly JsonResumeSkill[] = []): string[] {
  const tags = new Map<string, string>()

  for (const skill of skills) {
    const keywords = (skill.keywords ?? []).map(textOrUndefined).filter(Boolean)
    const words = keywords.length > 0 ? keywords : [textOrUndefined(skill.name)]
    for (const word of words) {
      if (word && !tags.has(word.toLowerCase())) tags.set(word.toLowerCase(), word)
    }
  }

  return [...tags.values()].slice(0, LIMITS.listItems)
}

/** Returns the current position: the first one without an end date. */
export function findCurrentWork(work: readonly JsonResumeWork[] = []): JsonResumeWork | undefined {
  return work.find(
    (entry) =>
      (textOrUndefined(entry.name) || textOrUndefined(entry.position)) &&
      !textOrUndefined(entry.endDate),
  )
}

/** Returns a company's domain from its website, without a leading `www.`. */
export function domainOf(url: string | undefined): string | undefined {
  const text = textOrUndefined(url)
  if (!text) return undefined

  try {
    return new URL(withScheme(text)).hostname.replace(/^www\./, '') || undefined
  } catch {
    return undefined
  }
}
