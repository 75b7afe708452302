import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's Chromium; Playwright's own browser download is not available here. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** A headless Chromium with a profile of its own. */
export interface BrowserSession {
  context: BrowserContext
  close(): Promise<void>
}

/**
 * Launches headless Chromium with a fresh profile folder and without
 * background traffic (no sync, component updates or QUIC), so the tests
 * reach nothing but loopback.
 */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = await mkdtemp(join(tmpdir(), 'admin-e2e-chromium-'))
  // Playwright takes the profile folder as an argument and passes it on as --user-data-dir.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })

  return {
    context,
    async close() {
      await context.close()
      await rm(profile, { recursive: true, force: true })
    },
  }
}
