import { parseArgs } from 'node:util'

import {
  createTeamWithAdmin,
  isStoreError,
  loadEncryptionKey,
  migrate,
  openDatabase,
} from '@talent-sync/store'
import { z } from 'zod'

import type { EnvConfig } from '../config.js'
import { UsageError, type CommandOutput } from './output.js'

/** Usage of `talent-sync admin create`. */
export const ADMIN_CREATE_USAGE =
  'Usage: talent-sync admin create --team NAME --email EMAIL --password PASSWORD [--json]\n'

const inputSchema = z.object({
  team: z.string().trim().min(1, 'must not be empty').max(200),
  email: z.email('must be an email address').max(320),
  password: z.string().min(12, 'must have at least 12 characters').max(1_000),
})

function parseInput(args: string[]) {
  let values
  try {
    values = parseArgs({
      args,
      options: {
        team: { type: 'string' },
        email: { type: 'string' },
        password: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }).values
  } catch (error) {
    throw new UsageError((error as Error).message)
  }

  const parsed = inputSchema.safeParse(values)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue) => `--${issue.path.join('.')} ${issue.message}`,
    )
    throw new UsageError(problems.join('; '))
  }
  return { ...parsed.data, json: values.json === true }
}

/**
 * Creates a team and its first admin, then prints the team id and the
 * event signing secret. The secret is stored encrypted, so this is the only
 * time it is shown. Returns the exit code.
 */
export async function runAdminCreate(
  args: string[],
  config: EnvConfig,
  output: CommandOutput,
): Promise<number> {
  const input = parseInput(args)
  const handle = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir })

  try {
    await migrate(handle.db)
    const box = await loadEncryptionKey({
      encryptionKey: config.encryptionKey,
      dataDir: config.dataDir,
    })
    const { team, admin, signingSecret } = await createTeamWithAdmin(handle.db, box, {
      teamName: input.team,
      adminEmail: input.email,
      adminPassword: input.password,
    })

    if (input.json) {
      output.out(`${JSON.stringify({ teamId: team.id, signingSecret })}\n`)
    } else {
      output.out(
        `Created team "${team.name}" (${team.id}) with admin ${admin.email}.\n` +
          `Event signing secret, shown only this once: ${signingSecret}\n`,
      )
    }
    return 0
  } catch (error) {
    if (isStoreError(error, 'email_taken')) {
      output.err(`A user with the email ${input.email} already exists; choose another email.\n`)
      return 1
    }
    throw error
  } finally {
    await handle.close()
  }
}
