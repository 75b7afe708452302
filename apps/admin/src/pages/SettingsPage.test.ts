import { defaultSettings, setSetting } from '@talent-sync/core'
import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { SettingsInfo, TeamSettingsUpdate } from '../api/types.js'
import { useSettingsStore } from '../stores/settings.js'
import { errorReply, FakeApi } from '../testing/fakeApi.js'
import { clickDialogButton, mountPage } from '../testing/mountPage.js'
import { sessionOf, settingsInfo } from '../testing/settingsFixture.js'

function fakeSettingsApi(role: 'admin' | 'member', info: SettingsInfo): FakeApi {
  return new FakeApi()
    .on('GET /v1/session', { body: sessionOf(role) })
    .on('GET /v1/connection', { body: { status: 'connected' } })
    .on('GET /v1/settings', { body: info })
    .install()
}

describe('SettingsPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('saves an admin change with its lock', async () => {
    const fake = fakeSettingsApi('admin', settingsInfo()).on('PUT /v1/settings', (request) => {
      const update = request.body as TeamSettingsUpdate
      return { body: settingsInfo({ version: 2, ...update }) }
    })
    const { wrapper } = await mountPage('/settings/general')

    await wrapper.find('#setting-general-doNotMerge').setValue(true)
    await wrapper
      .find('[aria-label="Lock Do not merge with existing contacts for members"]')
      .setValue(true)
    expect(wrapper.find('[data-test="save-status"]').text()).toBe('You have unsaved changes.')

    await wrapper.find('[data-test="save-settings"]').trigger('click')
    await flushPromises()

    const body = fake.requestsTo('PUT /v1/settings')[0]!.body as TeamSettingsUpdate
    expect(body.defaults.general.doNotMerge).toBe(true)
    expect(body.locks).toEqual(['general.doNotMerge'])
    expect(fake.requestsTo('PUT /v1/settings')[0]!.headers['X-CSRF-Token']).toBe('csrf-admin')
    expect(wrapper.find('[data-test="save-status"]').text()).toBe('Saved as version 2.')
    wrapper.unmount()
  })

  it('labels the lock switch the same either way', async () => {
    fakeSettingsApi('admin', settingsInfo({ locks: ['general.doNotMerge'] }))
    const { wrapper } = await mountPage('/settings/general')

    const locked = wrapper.find('[data-setting="general.doNotMerge"] .lock-toggle')
    const open = wrapper.find('[data-setting="general.updateFullHistory"] .lock-toggle')
    expect(locked.text()).toBe('Lock for members')
    expect(open.text()).toBe('Lock for members')
    expect(locked.find('input').element).toHaveProperty('checked', true)
    expect(open.find('input').element).toHaveProperty('checked', false)
    wrapper.unmount()
  })

  it('shows API field errors next to the mapping row', async () => {
    fakeSettingsApi('admin', settingsInfo()).on(
      'PUT /v1/settings',
      errorReply(400, 'invalid_settings', 'The settings have invalid fields.', [
        {
          path: 'defaults.fieldMapping.stringVariables.jobTitle',
          message: 'the CRM rejected this field',
        },
      ]),
    )
    const { wrapper } = await mountPage('/settings/mapping')

    useSettingsStore().setValue('general.doNotMerge', true)
    await flushPromises()
    await wrapper.find('[data-test="save-settings"]').trigger('click')
    await flushPromises()

    const row = wrapper.find('[data-row="fieldMapping.stringVariables.jobTitle"]')
    expect(row.text()).toContain('the CRM rejected this field')
    expect(
      wrapper.find('[data-row="fieldMapping.stringVariables.firstName"]').text(),
    ).not.toContain('rejected')
    expect(wrapper.find('[data-test="save-error"]').text()).toContain(
      'The settings have invalid fields.',
    )
    expect(wrapper.find('[data-test="save-status"]').text()).toBe('You have unsaved changes.')
    wrapper.unmount()
  })

  it('blocks saving a mapping two string variables share', async () => {
    const fake = fakeSettingsApi('admin', settingsInfo())
    const { wrapper } = await mountPage('/settings/mapping')

    const settings = useSettingsStore()
    const mapping = settings.valueOf('fieldMapping.stringVariables') as Record<
      string,
      string | null
    >
    settings.setValue('fieldMapping.stringVariables', { ...mapping, headline: 'currentTitle' })
    await flushPromises()

    const row = wrapper.find('[data-row="fieldMapping.stringVariables.headline"]')
    expect(row.find('.field-error').text()).toContain('currentTitle')
    expect(wrapper.find('[data-test="save-settings"]').attributes('disabled')).toBeDefined()
    expect(fake.requestsTo('PUT /v1/settings')).toHaveLength(0)
    wrapper.unmount()
  })

  it('resets the mapping after confirmation', async () => {
    const changed = setSetting(defaultSettings(), 'fieldMapping.socialUrls', {
      linkedin: null,
      twitter: 'webSites',
      github: 'webSites',
      website: 'webSites',
    })
    fakeSettingsApi('admin', settingsInfo({ defaults: changed }))
    const { wrapper } = await mountPage('/settings/mapping')
    const settings = useSettingsStore()

    await wrapper.find('[data-test="reset-mapping"]').trigger('click')
    await flushPromises()
    expect(settings.dirty).toBe(false)
    await clickDialogButton('Reset mapping')

    expect(settings.valueOf('fieldMapping.socialUrls')).toEqual(
      defaultSettings().fieldMapping.socialUrls,
    )
    expect(settings.dirty).toBe(true)
    wrapper.unmount()
  })

  it('adds and removes a custom variable', async () => {
    fakeSettingsApi('admin', settingsInfo())
    const { wrapper } = await mountPage('/settings/mapping')
    const settings = useSettingsStore()
    const form = wrapper.find('form[aria-label="Add a custom list variable"]')

    await form.find('input').setValue('Not A Name')
    await form.trigger('submit')
    expect(form.find('.field-error').text()).toContain('custom_1')

    await form.find('input').setValue('custom_list_1')
    await form.trigger('submit')
    await flushPromises()
    const row = wrapper.find('[data-row="fieldMapping.listVariables.custom_list_1"]')
    expect(row.exists()).toBe(true)
    expect(settings.valueOf('fieldMapping.listVariables')).toMatchObject({ custom_list_1: [] })

    await form.find('input').setValue('custom_list_1')
    await form.trigger('submit')
    expect(form.find('.field-error').text()).toBe('The name is already in the mapping.')

    await row.find('[aria-label="Remove the custom variable custom_list_1"]').trigger('click')
    await flushPromises()
    expect(wrapper.find('[data-row="fieldMapping.listVariables.custom_list_1"]').exists()).toBe(
      false,
    )
    expect(settings.dirty).toBe(false)
    wrapper.unmount()
  })

  it('keeps locked settings read-only for members', async () => {
    const fake = fakeSettingsApi(
      'member',
      settingsInfo({
        locks: ['general.doNotMerge'],
        overrides: { 'sync.syncOn': 'reply' },
      }),
    ).on('PUT /v1/settings', (request) => ({
      body: settingsInfo({
        locks: ['general.doNotMerge'],
        overrides: (request.body as { overrides: object }).overrides,
      }),
    }))
    const { wrapper } = await mountPage('/settings/general')

    const locked = wrapper.find('[data-setting="general.doNotMerge"]')
    expect(locked.find('[data-test="locked-badge"]').exists()).toBe(true)
    expect(locked.find('input').attributes('disabled')).toBeDefined()
    expect(wrapper.find('[aria-label^="Lock "]').exists()).toBe(false)

    await wrapper.find('#setting-general-updateFullHistory').setValue(true)
    await wrapper.find('[data-test="save-settings"]').trigger('click')
    await flushPromises()

    expect(fake.requestsTo('PUT /v1/settings')[0]!.body).toEqual({
      overrides: { 'sync.syncOn': 'reply', 'general.updateFullHistory': true },
    })
    wrapper.unmount()
  })

  it('lists team value, override and lock', async () => {
    fakeSettingsApi(
      'member',
      settingsInfo({
        locks: ['general.doNotMerge'],
        overrides: { 'sync.syncOn': 'reply' },
      }),
    )
    const { wrapper } = await mountPage('/settings/effective')

    const syncOn = wrapper.findAll('[data-effective="sync.syncOn"] td').map((cell) => cell.text())
    expect(syncOn).toEqual([
      'On add to the campaign',
      'On reply',
      'Open',
      'On reply (your override)',
    ])
    const merge = wrapper.findAll('[data-effective="general.doNotMerge"] td').map((c) => c.text())
    expect(merge).toEqual(['Off', '—', 'Locked', 'Off (team)'])
    wrapper.unmount()
  })

  it('asks before leaving with unsaved changes', async () => {
    fakeSettingsApi('admin', settingsInfo())
    const { wrapper, router } = await mountPage('/settings/general')

    await wrapper.find('#setting-general-doNotMerge').setValue(true)
    const beforeUnload = new Event('beforeunload', { cancelable: true })
    window.dispatchEvent(beforeUnload)
    expect(beforeUnload.defaultPrevented).toBe(true)

    const leaving = router.push('/integrations')
    await flushPromises()
    await clickDialogButton('Stay on this page')
    await leaving
    expect(router.currentRoute.value.name).toBe('settings')

    const leavingAgain = router.push('/integrations')
    await flushPromises()
    await clickDialogButton('Discard changes')
    await leavingAgain
    expect(router.currentRoute.value.name).toBe('integrations')
    expect(useSettingsStore().dirty).toBe(false)
    wrapper.unmount()
  })
})

describe('SettingsPage revisited', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('waits for fresh settings before editing', async () => {
    let release: (() => void) | undefined
    const fake = fakeSettingsApi('admin', settingsInfo())
    const { wrapper, router } = await mountPage('/settings/general')
    expect(wrapper.find('#setting-general-doNotMerge').exists()).toBe(true)

    await router.push('/integrations')
    const changed = setSetting(defaultSettings(), 'general.doNotMerge', true)
    fake.on('GET /v1/settings', async () => {
      await new Promise<void>((resolve) => (release = resolve))
      return { body: settingsInfo({ version: 2, defaults: changed }) }
    })
    await router.push('/settings/general')
    await flushPromises()

    expect(wrapper.text()).toContain('Loading the settings…')
    expect(wrapper.find('#setting-general-doNotMerge').exists()).toBe(false)

    release!()
    await flushPromises()
    const toggle = wrapper.find<HTMLInputElement>('#setting-general-doNotMerge')
    expect(toggle.element.checked).toBe(true)
    wrapper.unmount()
  })
})
