import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

import { format, resolveConfig } from 'prettier'

/**
 * Measures what a browser downloads before the first screen of the admin
 * SPA: the scripts, module preloads and stylesheets that `dist/index.html`
 * names, gzipped. Screens load later as their own chunks and are listed
 * for reference. Run after `vite build`; writes the "Admin SPA" section of
 * BENCHMARKS.md.
 */

const DIST = fileURLToPath(new URL('../dist/', import.meta.url))
const BENCHMARKS = fileURLToPath(new URL('../../../BENCHMARKS.md', import.meta.url))
const JS_TARGET_KB = 250
const SECTION = '## Admin SPA'

interface Asset {
  file: string
  kind: 'js' | 'css'
  gzipBytes: number
}

async function measure(file: string): Promise<Asset> {
  const content = await readFile(join(DIST, file))
  return {
    file,
    kind: file.endsWith('.css') ? 'css' : 'js',
    gzipBytes: gzipSync(content, { level: 9 }).length,
  }
}

/** Lists the asset paths index.html loads: module scripts, module preloads and stylesheets. */
function initialAssets(html: string): string[] {
  const pattern = /<(?:script[^>]*\ssrc|link[^>]*\shref)="\/?([^"]+\.(?:js|css))"/g
  return [...html.matchAll(pattern)].map((match) => match[1]!)
}

const kilobytes = (bytes: number) => (bytes / 1024).toFixed(1)

function sum(assets: Asset[], kind: Asset['kind']): number {
  return assets.filter((asset) => asset.kind === kind).reduce((total, a) => total + a.gzipBytes, 0)
}

async function main(): Promise<void> {
  const html = await readFile(join(DIST, 'index.html'), 'utf8')
  const initialFiles = initialAssets(html)
  const initial = await Promise.all(initialFiles.map(measure))

  const allFiles = (await readdir(join(DIST, 'assets'))).map((name) => `assets/${name}`)
  const lazy = await Promise.all(
    allFiles
      .filter((file) => !initialFiles.includes(file) && /\.(js|css)$/.test(file))
      .map(measure),
  )

  const initialJs = sum(initial, 'js')
  const initialCss = sum(initial, 'css')
  const verdict = initialJs / 1024 <= JS_TARGET_KB ? 'within' : 'over'
  const largestLazy = [...lazy].sort((a, b) => b.gzipBytes - a.gzipBytes).slice(0, 3)

  const rows = [
    '| measure | gzip size |',
    '| --- | ---: |',
    `| initial JavaScript (${countFiles(initial.filter((a) => a.kind === 'js').length)}) | ${kilobytes(initialJs)} KB (target ≤ ${JS_TARGET_KB} KB: ${verdict}) |`,
    `| initial CSS (${countFiles(initial.filter((a) => a.kind === 'css').length)}) | ${kilobytes(initialCss)} KB |`,
    `| all screens loaded later (${countFiles(lazy.length)}) | ${kilobytes(sum(lazy, 'js') + sum(lazy, 'css'))} KB |`,
    ...largestLazy.map(
      (asset) =>
        `| largest later chunk: \`${asset.file.replace(/-[\w-]{8}\./, '.')}\` | ${kilobytes(asset.gzipBytes)} KB |`,
    ),
  ]
  console.log(rows.join('\n'))

  const section = [
    SECTION,
    '',
    "What a browser downloads before the admin SPA's first screen: the scripts, module preloads",
    "and stylesheets that the built `index.html` names, each gzipped at level 9 by Node's zlib.",
    'Each screen is a chunk of its own, loaded when first opened. The settings chunk carries',
    'zod, because the settings rules of `@talent-sync/core` build their schemas on import.',
    '',
    ...rows,
    '',
    'Command: `pnpm --filter @talent-sync/admin bench` (runs `vite build`, then',
    '`tsx bench/bundle-size.bench.ts`). Sizes do not depend on the machine.',
    '',
  ].join('\n')
  // Formatted like the rest of the repository, so the root `prettier --check` stays clean.
  const options = (await resolveConfig(BENCHMARKS)) ?? {}
  await writeSection(await format(section, { ...options, parser: 'markdown' }))

  if (verdict === 'over') process.exitCode = 1
}

async function readBenchmarks(): Promise<string> {
  try {
    return await readFile(BENCHMARKS, 'utf8')
  } catch {
    return '# Benchmarks\n'
  }
}

async function writeSection(section: string): Promise<void> {
  const text = await readBenchmarks()

  const start = text.indexOf(`${SECTION}\n`)
  if (start === -1) {
    await writeFile(BENCHMARKS, `${text.trimEnd()}\n\n${section}`)
    return
  }
  const next = text.indexOf('\n## ', start + SECTION.length)
  const end = next === -1 ? text.length : next + 1
  await writeFile(
    BENCHMARKS,
    `${text.slice(0, start)}${section}${next === -1 ? '' : '\n'}${text.slice(end)}`,
  )
}

await main()

function countFiles(count: number): string {
  return `${count} ${count === 1 ? 'file' : 'files'}`
}
