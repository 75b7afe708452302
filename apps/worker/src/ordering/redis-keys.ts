import { createHash } from 'node:crypto'

/**
 * Builds the Redis key of one team's person for a worker concern, such as
 * `lock` or `pending`. The ids are hashed together with a NUL separator, so
 * ids that contain `:` cannot collide (`a:b` + `c` and `a` + `b:c`).
 */
export function personKey(
  prefix: string,
  kind: string,
  teamId: string,
  platformPersonId: string,
): string {
  const digest = createHash('sha256')
    .update(`${teamId}\u0000${platformPersonId}`)
    .digest('hex')
    .slice(0, 32)
  return `${prefix}:${kind}:${digest}`
}
