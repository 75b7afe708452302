import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchBrowser, type BrowserSession } from './harness/browser.js'
import { seedActivity } from './harness/activity.js'
import { FIRM, startStack, type Stack } from './harness/stack.js'
import {
  accessibilityFindings,
  chooseOption,
  closeOverlay,
  confirmDialog,
  screenshot,
  signIn,
  signOut,
} from './harness/ui.js'

// NOTE: the worker is not started: these screens only read what it records, and the seeded
// activity entries stand in for its output so that no job leaves this test's database.
describe('admin SPA in Chromium', () => {
  let stack: Stack
  let session: BrowserSession
  let page: Page
  let baseUrl: string

  beforeAll(async () => {
    stack = await startStack()
    session = await launchBrowser()
    page = await session.context.newPage()
    baseUrl = stack.spa.url
    await seedActivity(stack.database)
  })

  afterAll(async () => {
    await session?.close()
    await stack?.close()
  })

  it('rejects a wrong password, then signs in', async () => {
    await page.goto(`${baseUrl}/settings`)
    await page.waitForSelector('#sign-in-email')
    await screenshot(page, 'sign-in')

    await page.fill('#sign-in-email', stack.database.admin.email)
    await page.fill('#sign-in-password', 'not the password')
    await page.click('button[type="submit"]')
    await expect
      .poll(() => page.locator('[data-test="sign-in-error"]').textContent())
      .toContain('The e-mail or password is wrong.')

    await page.fill('#sign-in-password', stack.database.admin.password)
    await page.click('button[type="submit"]')
    await page.waitForSelector('#settings-title')
    expect(new URL(page.url()).pathname).toBe('/settings')
  })

  it('activates Clockwork after a wrong key', async () => {
    await page.getByRole('link', { name: 'Integrations' }).click()
    await page.fill('#connect-firmSubdomain', FIRM.name)
    await page.fill('#connect-apiKey', 'key_e2e_wrong')
    await page.fill('#connect-apiSecret', FIRM.apiSecret)
    await page.fill('#connect-serviceKey', FIRM.serviceKey)
    await page.getByRole('button', { name: 'Activate' }).click()

    await page.waitForSelector('[data-test="error-apiKey"]')
    expect(await page.locator('[data-test="error-serviceKey"]').count()).toBe(0)
    expect(await page.textContent('[data-test="connection-state"]')).toContain('Not connected')
    await screenshot(page, 'integrations-wrong-key')

    await page.fill('#connect-apiKey', FIRM.apiKey)
    await page.getByRole('button', { name: 'Activate' }).click()
    await expect
      .poll(() => page.textContent('[data-test="connection-state"]'))
      .toContain('Connected')
    const text = (await page.textContent('main')) ?? ''
    expect(text).not.toContain(FIRM.apiSecret)
    expect(text).not.toContain(FIRM.serviceKey)
    await screenshot(page, 'integrations-connected')
  })

  it('changes a setting in each tab and locks one', async () => {
    await page.getByRole('link', { name: 'Settings' }).click()
    await page.waitForSelector('#setting-general-doNotMerge')

    await page.check('#setting-general-doNotMerge')
    await page.getByLabel('Lock Do not merge with existing contacts for members').check()
    await screenshot(page, 'settings-general')

    await page.getByRole('tab', { name: 'Sync' }).click()
    const protectedFields = page.locator('[data-setting="sync.protectedFields"] .p-multiselect')
    await chooseOption(page, protectedFields, 'Current title')
    await closeOverlay(page)
    await screenshot(page, 'settings-sync')

    await page.getByRole('tab', { name: 'Field mapping' }).click()
    await chooseOption(page, page.locator('#map-stringVariables-headline'), 'Nickname')
    await page.locator('.p-select-overlay').waitFor({ state: 'detached' })
    await page.fill('#add-custom-listVariables', 'custom_list_1')
    await page
      .locator('form[aria-label="Add a custom list variable"]')
      .getByRole('button', { name: 'Add' })
      .click()
    const customRow = page.locator('[data-row="fieldMapping.listVariables.custom_list_1"]')
    await chooseOption(page, customRow.locator('.p-multiselect'), 'Web sites')
    await closeOverlay(page)
    await screenshot(page, 'settings-mapping')

    await page.click('[data-test="save-settings"]')
    await expect
      .poll(() => page.textContent('[data-test="save-status"]'))
      .toMatch(/Saved as version \d+\./)
  })

  it('keeps the saved settings after a reload', async () => {
    await page.goto(`${baseUrl}/settings/general`)
    await page.waitForSelector('#setting-general-doNotMerge')

    expect(await page.isChecked('#setting-general-doNotMerge')).toBe(true)
    const lock = page.getByLabel('Lock Do not merge with existing contacts for members')
    expect(await lock.isChecked()).toBe(true)

    await page.getByRole('tab', { name: 'Sync' }).click()
    const chips = page.locator('[data-setting="sync.protectedFields"] .p-multiselect-chip-item')
    expect(await chips.allTextContents()).toContain('Current title')

    await page.getByRole('tab', { name: 'Field mapping' }).click()
    expect(await page.textContent('#map-stringVariables-headline')).toBe('Nickname')
    const customChips = page.locator(
      '[data-row="fieldMapping.listVariables.custom_list_1"] .p-multiselect-chip-item',
    )
    expect(await customChips.allTextContents()).toEqual(['Web sites'])
  })

  it('keeps a locked setting away from members', async () => {
    await signOut(page)
    await signIn(page, baseUrl, stack.database.member)
    await page.goto(`${baseUrl}/settings/general`)
    await page.waitForSelector('#setting-general-doNotMerge')

    const row = page.locator('[data-setting="general.doNotMerge"]')
    expect(await row.locator('[data-test="locked-badge"]').count()).toBe(1)
    expect(await page.isDisabled('#setting-general-doNotMerge')).toBe(true)
    await screenshot(page, 'settings-member-locked')

    const status = await page.evaluate(async () => {
      const session = await (await fetch('/v1/session')).json()
      const response = await fetch('/v1/settings', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': session.csrfToken },
        body: JSON.stringify({ overrides: { 'general.doNotMerge': false } }),
      })
      return { status: response.status, body: await response.json() }
    })
    expect(status.status).toBe(409)
    expect(status.body.error.code).toBe('setting_locked')

    await page.getByRole('tab', { name: 'Effective settings' }).click()
    const cells = await page.locator('[data-effective="general.doNotMerge"] td').allTextContents()
    expect(cells.map((cell) => cell.trim())).toEqual(['On', '—', 'Locked', 'On (team)'])
    await screenshot(page, 'settings-effective')
  })

  it('shows sync activity with failures and reviews', async () => {
    await page.getByRole('link', { name: 'Activity' }).click()
    await page.waitForSelector('[data-review]')

    expect(await page.locator('[aria-labelledby="failures-title"] tbody tr').count()).toBe(1)
    expect(await page.textContent('[data-test="backfill-summary"]')).toContain('3 earlier notes')
    await screenshot(page, 'activity')
  })

  it('rolls back to an earlier version', async () => {
    await signOut(page)
    await signIn(page, baseUrl, stack.database.admin)
    await page.goto(`${baseUrl}/settings/sync`)
    await chooseOption(page, page.locator('#setting-sync-syncOn'), 'On reply')
    await page.click('[data-test="save-settings"]')
    await expect
      .poll(() => page.textContent('[data-test="save-status"]'))
      .toMatch(/Saved as version \d+\./)

    await page.getByRole('link', { name: 'History' }).click()
    await page.waitForSelector('[data-version]')
    const versions = page.locator('[data-version]')
    const newest = Number(await versions.first().getAttribute('data-version'))
    const earlier = newest - 1
    await screenshot(page, 'history')

    await page.locator(`[data-version="${earlier}"]`).getByRole('button').click()
    await confirmDialog(page, 'Roll back')
    await expect
      .poll(() => page.textContent('[data-test="history-notice"]'))
      .toBe(`Version ${earlier} was restored as version ${newest + 1}.`)

    await page.goto(`${baseUrl}/settings/sync`)
    await page.waitForSelector('#setting-sync-syncOn')
    expect(await page.textContent('#setting-sync-syncOn')).toBe('On add to the campaign')
    await page.getByRole('tab', { name: 'General' }).click()
    expect(await page.isChecked('#setting-general-doNotMerge')).toBe(true)
  })

  it('previews a person and keeps a protected field', async () => {
    // With merging off every person would be created, so nothing could be kept.
    await page.goto(`${baseUrl}/settings/general`)
    await page.uncheck('#setting-general-doNotMerge')
    await page.click('[data-test="save-settings"]')
    await expect
      .poll(() => page.textContent('[data-test="save-status"]'))
      .toMatch(/Saved as version \d+\./)

    // One seeded CRM person gets a fictional name and an address on a reserved domain, so the
    // screenshot shows nobody's real-looking details.
    const firm = stack.sandbox.sandbox.state.firm(FIRM.name)!
    const snapshot = firm.snapshot()
    const crmPerson = snapshot.people.find(
      (candidate) => candidate.emails.length > 0 && candidate.positions.some((p) => p.title),
    )!
    Object.assign(crmPerson, { firstName: 'Zoë', lastName: 'Fictional', name: 'Zoë Fictional' })
    crmPerson.emails = [{ ...crmPerson.emails[0]!, address: 'zoe.fictional@example.test' }]
    firm.load(snapshot)

    const person = {
      id: 'p_e2e_preview',
      firstName: 'Zoë',
      lastName: 'Fictional',
      jobTitle: 'Chief Fictional Officer',
      emails: [{ address: 'zoe.fictional@example.test', type: 'work' }],
    }

    await page.getByRole('link', { name: 'Preview' }).click()
    await page.fill('#preview-json', JSON.stringify(person, null, 2))
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    await page.waitForSelector('[data-test="plan"]')

    expect(await page.textContent('[data-test="plan-headline"]')).toContain('would be updated')
    expect(await page.textContent('[data-test="plan-match"]')).toContain(
      `Matched CRM person ${crmPerson.id}`,
    )
    expect(await page.textContent('[data-field="currentTitle"]')).toContain('Kept: protected')
    await screenshot(page, 'preview')
  })

  it('has no serious accessibility violation', () => {
    // Every screenshot ran axe-core, so every screen the walk-through reached is covered.
    expect(Object.keys(accessibilityFindings).length).toBeGreaterThanOrEqual(11)
    for (const [screen, violations] of Object.entries(accessibilityFindings)) {
      expect({ screen, violations }).toEqual({ screen, violations: [] })
    }
  })

  it('is served by the API at deep links', async () => {
    const index = await fetch(`${stack.api.url}/settings/mapping`)
    const html = await index.text()
    expect(index.status).toBe(200)
    expect(html).toContain('<div id="app"></div>')

    const script = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1]
    expect(script).toBeDefined()
    const asset = await fetch(`${stack.api.url}${script}`)
    expect(asset.status).toBe(200)
    expect(asset.headers.get('content-type')).toMatch(/javascript/)

    const missing = await fetch(`${stack.api.url}/v1/no-such-route`)
    expect(missing.status).toBe(404)
    expect((await missing.json()).error.code).toBe('not_found')
  })

  it('logs no CRM secret', () => {
    const log = stack.api.logLines.join('\n')

    expect(log).toContain('CRM connection activated')
    for (const secret of [FIRM.apiKey, FIRM.apiSecret, FIRM.serviceKey]) {
      expect(log).not.toContain(secret)
    }
  })
})
