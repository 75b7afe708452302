import { readFile, writeFile } from 'node:fs/promises'

import { format, resolveConfig } from 'prettier'

/**
 * Replaces the `## <title>` section of a Markdown file (up to the next `## ` heading), or
 * appends it, leaving every other section as it was. Creates the file when it is missing. The
 * section is formatted by Prettier, so the repository's `prettier --check` stays clean.
 */
export async function writeMarkdownSection(
  path: string,
  title: string,
  body: string,
): Promise<void> {
  const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') {
      return '# Benchmarks\n'
    }
    throw error
  })

  const heading = `## ${title}`
  const options = (await resolveConfig(path)) ?? {}
  const section = await format(`${heading}\n\n${body.trim()}\n`, { ...options, parser: 'markdown' })
  const start = existing.indexOf(`${heading}\n`)

  if (start === -1) {
    await writeFile(path, `${existing.trimEnd()}\n\n${section}`)
    return
  }

  const next = existing.indexOf('\n## ', start + heading.length)
  const rest = next === -1 ? '' : `\n${existing.slice(next + 1)}`
  await writeFile(path, `${existing.slice(0, start)}${section}${rest}`)
}
