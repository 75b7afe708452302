import { parseArgs } from 'node:util'

import { readPeopleFiles, type Rejection } from '@talent-sync/importers'
import cliProgress from 'cli-progress'

import { UsageError, type CommandOutput } from './output.js'
import { deliverPeople, type DeliveryReport, type PushTarget } from './push-delivery.js'

/** Usage of `talent-sync push`. */
export const PUSH_USAGE = `Usage: talent-sync push <file or folder>... --team TEAM_ID --secret SIGNING_SECRET --user USER_ID
                        [--url URL] [--campaign NAME]

Reads people from JSON Resume files, LinkedIn data-export folders or CSV files,
and talent-sync person JSON, and sends each as a signed person.added_to_campaign event.

  --team      team id (default: TALENT_SYNC_TEAM_ID)
  --secret    the team's event signing secret (default: TALENT_SYNC_SIGNING_SECRET)
  --user      id of the team user whose campaign it is (default: TALENT_SYNC_USER_ID)
  --url       base URL of the API (default: TALENT_SYNC_API_URL, else http://127.0.0.1:3000)
  --campaign  campaign name; events of the same person and campaign have the same id

Exit code: 0 when every person was accepted, 1 when some were rejected or sending failed, 2 for usage errors.
`

const DEFAULT_API_URL = 'http://127.0.0.1:3000'

/** Environment, output streams and clock of `talent-sync push`, replaceable in tests. */
export interface PushIo {
  env: NodeJS.ProcessEnv
  output: CommandOutput
  /** Terminal for the progress bar. Without a TTY here, progress is printed as plain lines to standard error. */
  progressStream?: NodeJS.WriteStream
  fetch?: typeof fetch
  now?: () => Date
}

/**
 * Runs `talent-sync push`: reads people from the given files and folders,
 * sends them to the API as signed events and prints how many were
 * accepted and why each rejected one was rejected. Returns the exit code:
 * 0 when all were accepted, 1 when some were rejected or sending failed,
 * 2 for a command line it cannot run.
 */
export async function runPush(args: readonly string[], io: PushIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.output.out(PUSH_USAGE)
    return 0
  }

  let input: PushInput
  try {
    input = parseInput(args, io.env)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    io.output.err(`${error.message}\n${PUSH_USAGE}`)
    return 2
  }

  const files = await readPeopleFiles(input.paths)
  const progress = startProgress(files.people.length, io)
  const report = await deliverPeople(files.people, input.target, {
    fetch: io.fetch ?? fetch,
    now: io.now ?? (() => new Date()),
    onProgress: progress.update,
  })
  progress.stop()

  io.output.out(formatSummary(files.people.length, files.rejected, report))
  const allAccepted = files.rejected.length === 0 && report.rejected.length === 0
  return allAccepted && !report.failure ? 0 : 1
}

interface PushInput {
  paths: string[]
  target: PushTarget
}

function parseInput(args: readonly string[], env: NodeJS.ProcessEnv): PushInput {
  let parsed
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: {
        team: { type: 'string' },
        secret: { type: 'string' },
        user: { type: 'string' },
        url: { type: 'string' },
        campaign: { type: 'string' },
      },
    })
  } catch (error) {
    throw new UsageError((error as Error).message)
  }

  const { values, positionals } = parsed
  const teamId = pick(values.team, env.TALENT_SYNC_TEAM_ID)
  const signingSecret = pick(values.secret, env.TALENT_SYNC_SIGNING_SECRET)
  const userId = pick(values.user, env.TALENT_SYNC_USER_ID)
  const apiUrl = pick(values.url, env.TALENT_SYNC_API_URL) ?? DEFAULT_API_URL

  const problems: string[] = []
  if (positionals.length === 0) problems.push('Name at least one file or folder to read.')
  if (!teamId) problems.push('--team (or TALENT_SYNC_TEAM_ID) is required.')
  if (!signingSecret) problems.push('--secret (or TALENT_SYNC_SIGNING_SECRET) is required.')
  if (!userId) problems.push('--user (or TALENT_SYNC_USER_ID) is required.')
  if (!isHttpUrl(apiUrl)) problems.push(`--url "${apiUrl}" is not an http or https URL.`)
  if (values.campaign !== undefined && values.campaign.trim() === '') {
    problems.push('--campaign must not be empty.')
  }
  if (problems.length > 0 || !teamId || !signingSecret || !userId) {
    throw new UsageError(problems.join('\n'))
  }

  const target: PushTarget = { apiUrl, teamId, signingSecret, userId }
  if (values.campaign) target.campaignName = values.campaign.trim()
  return { paths: positionals, target }
}

/** Returns the trimmed option, else the trimmed variable, treating empty text as unset. */
function pick(option: string | undefined, variable: string | undefined): string | undefined {
  return option?.trim() || variable?.trim() || undefined
}

function isHttpUrl(value: string): boolean {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol)
  } catch {
    return false
  }
}

interface Progress {
  update: (handled: number) => void
  stop: () => void
}

/** Shows a progress bar on a terminal, else a plain line per batch on standard error. */
function startProgress(total: number, io: PushIo): Progress {
  if (io.progressStream?.isTTY && total > 0) {
    const bar = new cliProgress.SingleBar(
      { stream: io.progressStream, format: 'Sending people [{bar}] {value}/{total}' },
      cliProgress.Presets.shades_classic,
    )
    bar.start(total, 0)
    return { update: (handled) => bar.update(handled), stop: () => bar.stop() }
  }

  return {
    update: (handled) => io.output.err(`Handled ${handled} of ${countPeople(total)}.\n`),
    stop: () => undefined,
  }
}

/** Writes a count of people with the right noun: "1 person", "3 people". */
function countPeople(count: number): string {
  return `${count} ${count === 1 ? 'person' : 'people'}`
}

/** Builds the closing report: the count of accepted people, then each rejection with its fields. */
export function formatSummary(
  peopleRead: number,
  fileRejections: readonly Rejection[],
  report: DeliveryReport,
): string {
  const lines = [`Accepted ${report.accepted} of ${countPeople(peopleRead)} read.`]
  if (report.duplicates > 0) {
    lines.push(`${report.duplicates} of them had been sent before and were not queued again.`)
  }

  const rejectedCount = fileRejections.length + report.rejected.length
  if (rejectedCount > 0) lines.push(`Rejected ${rejectedCount}:`)

  for (const rejection of fileRejections) {
    lines.push(`  ${rejection.source}: ${rejection.reason}`)
    for (const issue of rejection.issues ?? []) lines.push(`    ${issue.path}: ${issue.message}`)
  }
  for (const rejection of report.rejected) {
    const name = [rejection.person.firstName, rejection.person.lastName].filter(Boolean).join(' ')
    lines.push(`  person ${rejection.person.id}${name ? ` (${name})` : ''}: ${rejection.reason}`)
    for (const issue of rejection.issues) lines.push(`    ${issue.path}: ${issue.message}`)
  }

  if (report.failure) {
    lines.push(`Sending stopped: ${report.failure}`)
    lines.push(`${countPeople(report.notSent)} not sent.`)
  }
  return `${lines.join('\n')}\n`
}
