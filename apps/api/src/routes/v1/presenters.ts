import type { Team, User } from '@talent-sync/store'
import { z } from 'zod'

/** A user as the API returns it: never the password hash. */
export const userViewSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(['admin', 'member']),
})

/** A team as the API returns it. */
export const teamViewSchema = z.object({ id: z.string(), name: z.string() })

/** Returns the public fields of a user. */
export function presentUser(user: User): z.output<typeof userViewSchema> {
  return { id: user.id, email: user.email, name: user.name, role: user.role }
}

/** Returns the public fields of a team. */
export function presentTeam(team: Team): z.output<typeof teamViewSchema> {
  return { id: team.id, name: team.name }
}
