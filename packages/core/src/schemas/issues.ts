import type { z } from 'zod'

/** One validation problem: the dotted path of the field at fault and what is wrong. */
export interface FieldIssue {
  path: string
  message: string
}

/**
 * Flattens zod issues into `{ path, message }` pairs with dotted paths such
 * as `person.emails.0.address`, the shape error responses carry.
 *
 * @example
 * const result = personSchema.safeParse(input)
 * if (!result.success) return toFieldIssues(result.error)
 */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.flatMap((issue) => {
    // An unknown key is reported at its own path, so the caller sees which key to remove.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        path: joinPath([...issue.path, key]),
        message: 'is not a known field; remove it',
      }))
    }
    // A bad record key carries the useful message in its nested issues.
    if (issue.code === 'invalid_key') {
      const message = issue.issues.map((inner) => inner.message).join('; ')
      return [{ path: joinPath(issue.path), message: message || issue.message }]
    }
    return [{ path: joinPath(issue.path), message: issue.message }]
  })
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.length > 0 ? path.map(String).join('.') : '(root)'
}
