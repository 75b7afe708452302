import { loadEnvConfig } from '../config.js'
import { ADMIN_CREATE_USAGE, runAdminCreate } from './admin-create.js'
import { UsageError, type CommandOutput } from './output.js'
import { runPush } from './push.js'

const USAGE = `Usage: talent-sync <command>

Commands:
  admin create --team NAME --email EMAIL --password PASSWORD [--json]
      Create a team and its admin; print the team id and the event signing secret once.
  push FILE... --team TEAM_ID --secret SIGNING_SECRET --user USER_ID [--url URL] [--campaign NAME]
      Send people from JSON Resume, LinkedIn export or person JSON files as signed events.

The database comes from DATABASE_URL, or the embedded database in TALENT_SYNC_DATA_DIR (./.data).
`

/**
 * Runs the command line and returns the exit code: 0 on success, 1 when
 * the command failed, 2 for a command line it cannot run.
 */
export async function runCli(
  argv: string[],
  env: NodeJS.ProcessEnv,
  output: CommandOutput,
): Promise<number> {
  const [group, command, ...args] = argv

  try {
    if (group === 'push') {
      const pushArgs = command === undefined ? args : [command, ...args]
      return await runPush(pushArgs, { env, output, progressStream: process.stderr })
    }
    if (group === 'admin' && command === 'create')
      return await runAdminCreate(args, loadEnvConfig(env), output)
    if (group === undefined || group === 'help' || group === '--help') {
      output.out(USAGE)
      return group === undefined ? 2 : 0
    }
    throw new UsageError(`Unknown command "${[group, command].filter(Boolean).join(' ')}".`)
  } catch (error) {
    if (error instanceof UsageError) {
      const usage = group === 'admin' ? ADMIN_CREATE_USAGE : USAGE
      output.err(`${error.message}\n${usage}`)
      return 2
    }
    output.err(`talent-sync failed: ${(error as Error).message}\n`)
    return 1
  }
}
