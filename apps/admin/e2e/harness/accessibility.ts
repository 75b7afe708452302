import { createRequire } from 'node:module'
import { readFile } from 'node:fs/promises'

import type { Page } from 'playwright-core'

const require = createRequire(import.meta.url)

/** One rule that axe-core found broken, with the elements at fault. */
export interface AccessibilityViolation {
  id: string
  impact: string | null
  help: string
  targets: string[]
}

let axeSource: string | undefined

/**
 * Runs axe-core (WCAG 2.1 A and AA rules) on the current page and returns
 * the violations of serious or critical impact.
 */
export async function findAccessibilityViolations(page: Page): Promise<AccessibilityViolation[]> {
  axeSource ??= await readFile(require.resolve('axe-core/axe.min.js'), 'utf8')
  await page.addScriptTag({ content: axeSource })

  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      resultTypes: ['violations'],
    })) as {
      violations: {
        id: string
        impact: string | null
        help: string
        nodes: { target: string[] }[]
      }[]
    }
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.map((node) => node.target.join(' ')),
      }))
  })
}
