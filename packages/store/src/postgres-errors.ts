/**
 * Returns true when `error`, or an error in its `cause` chain (drizzle wraps
 * driver errors), is a PostgreSQL unique violation (SQLSTATE 23505),
 * optionally on the named constraint.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  let current: unknown = error

  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    const { code, constraint: violated } = current as Error & {
      code?: unknown
      constraint?: unknown
    }
    if (code === '23505') {
      return constraint === undefined || violated === constraint
    }
    current = current.cause
  }

  return false
}
