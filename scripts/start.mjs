#!/usr/bin/env node
// Entry point of `pnpm start` and `npm start`. It runs with Node alone, so
// it can install the workspace packages and build the admin SPA when they
// are missing before handing over to the launcher, which needs them.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const PNPM_VERSION = '10.34.9'

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' })
  if (result.error) throw result.error
  if (result.status !== 0) process.exit(result.status ?? 1)
}

function hasPnpm() {
  const result = spawnSync('pnpm', ['--version'], { encoding: 'utf8' })
  return result.status === 0 && result.stdout.trim() === PNPM_VERSION
}

const [major] = process.versions.node.split('.').map(Number)
if (major < 20) {
  console.error(`talent-sync needs Node.js 20 or later; this is ${process.version}.`)
  process.exit(1)
}

if (!hasPnpm()) {
  console.log(`Installing pnpm ${PNPM_VERSION} with npm...`)
  run('npm', ['install', '--global', `pnpm@${PNPM_VERSION}`])
}

if (!existsSync(join(root, 'node_modules/.modules.yaml'))) {
  console.log('Installing packages...')
  run('pnpm', ['install', '--frozen-lockfile'])
}

if (!existsSync(join(root, 'apps/admin/dist/index.html'))) {
  console.log('Building the admin SPA...')
  run('pnpm', ['--filter', '@talent-sync/admin', 'build'])
}

// The launcher stops the services in order on SIGINT or SIGTERM. Ctrl-C in a terminal reaches
// it directly. A supervisor may signal only this process, so the signal is passed on too, and
// the launcher treats a repeated signal as the same request. Node loads TypeScript through the
// tsx loader rather than the tsx command, because that command kills a child that does not
// acknowledge a relayed signal within 30 ms, which cut the launcher's shutdown short under load.
const launcher = spawn(
  process.execPath,
  ['--import', import.meta.resolve('tsx'), join(root, 'apps/launcher/src/main.ts')],
  {
    cwd: root,
    stdio: 'inherit',
  },
)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => launcher.kill(signal))
}
launcher.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)))
