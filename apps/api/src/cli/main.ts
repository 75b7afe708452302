import { processOutput } from './output.js'
import { runCli } from './run-cli.js'

/** Entry point of `pnpm talent-sync`. */
const exitCode = await runCli(process.argv.slice(2), process.env, processOutput)
process.exit(exitCode)
