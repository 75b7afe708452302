import { personSchema, toFieldIssues } from '@talent-sync/core'

import type { ImportResult } from './result.js'

/**
 * Reads talent-sync's own person JSON: one person, an array of people, or
 * `{ "people": [...] }`. Each person is parsed on its own with core's
 * `personSchema`, so one invalid person does not hide the others. A
 * rejection's issue paths start at the top of `value`, such as
 * `people.2.emails.0.address`.
 */
export function fromPersonJson(value: unknown, sourceName = 'the person JSON'): ImportResult {
  const { items, prefix } = listPeople(value)
  const result: ImportResult = { people: [], rejected: [] }

  items.forEach((item, index) => {
    const parsed = personSchema.safeParse(item)
    if (parsed.success) {
      result.people.push(parsed.data)
      return
    }

    const itemPath = prefix === undefined ? [] : [...prefix, String(index)]
    result.rejected.push({
      source: sourceName,
      reason:
        itemPath.length > 0
          ? `The person at ${itemPath.join('.')} is invalid.`
          : 'The person is invalid.',
      code: 'invalid_person',
      issues: toFieldIssues(parsed.error).map((issue) => ({
        path: [...itemPath, ...(issue.path === '(root)' ? [] : [issue.path])].join('.') || '(root)',
        message: issue.message,
      })),
    })
  })

  return result
}

/** Returns the people of a value and the path of their list, undefined for a single person. */
function listPeople(value: unknown): { items: unknown[]; prefix?: string[] } {
  if (Array.isArray(value)) return { items: value, prefix: [] }

  const people = (value as { people?: unknown } | null)?.people
  if (Array.isArray(people)) return { items: people, prefix: ['people'] }

  return { items: [value] }
}
