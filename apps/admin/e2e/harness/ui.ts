import { mkdir } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'

import type { Locator, Page } from 'playwright-core'

import { findAccessibilityViolations, type AccessibilityViolation } from './accessibility.js'
import type { Account } from './database.js'

/** Folder of the committed screenshots that the README links. */
export const SCREENSHOT_DIR = fileURLToPath(
  new URL('../../../../docs/screenshots/', import.meta.url),
)

/** Every serious or critical accessibility violation seen by {@link screenshot}, by screen. */
export const accessibilityFindings: Record<string, AccessibilityViolation[]> = {}

/**
 * Writes a full-page PNG of the current screen to the screenshot folder,
 * and checks the screen with axe-core on the way.
 */
export async function screenshot(page: Page, name: string): Promise<void> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  // Messages and overlays fade in and out; a picture mid-animation shows them cut off.
  await page.waitForFunction(() => document.getAnimations().every((a) => a.playState !== 'running'))
  // The save bar sticks to the top of the viewport, so a scrolled page pictures it mid-screen.
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: `${SCREENSHOT_DIR}${name}.png`, fullPage: true })
  accessibilityFindings[name] = await findAccessibilityViolations(page)
}

/** Signs in through the form and waits for the dashboard's navigation. */
export async function signIn(page: Page, baseUrl: string, account: Account): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`)
  await page.fill('#sign-in-email', account.email)
  await page.fill('#sign-in-password', account.password)
  await page.click('button[type="submit"]')
  await page.waitForSelector('nav[aria-label="Main"]')
}

/** Signs out with the header's button and waits for the sign-in form. */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click()
  await page.waitForSelector('#sign-in-email')
}

/** Opens a PrimeVue select or multi-select and clicks the option with this label. */
export async function chooseOption(page: Page, trigger: Locator, label: string): Promise<void> {
  await trigger.click()
  await page.getByRole('option', { name: label, exact: true }).click()
}

/** Closes an open PrimeVue overlay and waits until its closing animation is over. */
export async function closeOverlay(page: Page): Promise<void> {
  await page.keyboard.press('Escape')
  await page.locator('.p-select-overlay, .p-multiselect-overlay').waitFor({ state: 'detached' })
}

/** Clicks a button of the confirmation dialog. */
export async function confirmDialog(page: Page, label: string): Promise<void> {
  await page.getByRole('alertdialog').getByRole('button', { name: label }).click()
}
