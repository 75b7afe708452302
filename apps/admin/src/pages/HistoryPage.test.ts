import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { SettingsVersionInfo } from '../api/types.js'
import { FakeApi } from '../testing/fakeApi.js'
import { clickDialogButton, mountPage } from '../testing/mountPage.js'
import { sessionOf } from '../testing/settingsFixture.js'

const AUTHOR = { id: 'user_admin', name: 'Ada Fictional', email: 'admin@example.test' }

const VERSION_2: SettingsVersionInfo = {
  version: 2,
  author: AUTHOR,
  createdAt: '2026-12-02T09:30:00.000Z',
  note: null,
  changes: [
    { kind: 'value', key: 'sync.syncOn', before: 'add', after: 'reply' },
    { kind: 'lock', key: 'general.doNotMerge', before: false, after: true },
  ],
}

const VERSION_1: SettingsVersionInfo = {
  version: 1,
  author: null,
  createdAt: '2026-12-01T09:30:00.000Z',
  note: null,
  changes: [],
}

function fakeHistoryApi(role: 'admin' | 'member'): FakeApi {
  let versions = [VERSION_2, VERSION_1]
  return new FakeApi()
    .on('GET /v1/session', { body: sessionOf(role) })
    .on('GET /v1/connection', { body: { status: 'connected' } })
    .on('GET /v1/settings/history', () => ({ body: { versions, nextBefore: null } }))
    .on('POST /v1/settings/rollback', () => {
      versions = [
        { ...VERSION_1, version: 3, author: AUTHOR, note: 'Rollback to version 1' },
        ...versions,
      ]
      return { status: 201, body: { version: 3, restoredVersion: 1 } }
    })
    .install()
}

describe('HistoryPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('shows author, time and a readable diff', async () => {
    fakeHistoryApi('admin')
    const { wrapper } = await mountPage('/history')

    const newest = wrapper.find('[data-version="2"]')
    expect(newest.text()).toContain('Ada Fictional (admin@example.test)')
    expect(newest.find('time').attributes('datetime')).toBe('2026-12-02T09:30:00.000Z')
    expect(newest.text()).toContain('When adding to a campaign, sync:')
    expect(newest.find('del').text()).toContain('On add to the campaign')
    expect(newest.find('ins').text()).toContain('On reply')
    expect(newest.text()).toMatch(/Do not merge with existing contacts:\s+Locked for members/)
    expect(wrapper.find('[data-version="1"]').text()).toContain('No setting changed')
    wrapper.unmount()
  })

  it('rolls back after confirmation', async () => {
    const fake = fakeHistoryApi('admin')
    const { wrapper } = await mountPage('/history')

    const button = wrapper.find('[data-version="1"] button')
    expect(button.text()).toBe('Roll back to version 1')
    expect(wrapper.find('[data-version="2"] button').exists()).toBe(false)
    await button.trigger('click')
    await flushPromises()
    expect(fake.requestsTo('POST /v1/settings/rollback')).toHaveLength(0)

    await clickDialogButton('Roll back')

    expect(fake.requestsTo('POST /v1/settings/rollback')[0]!.body).toEqual({
      version: 1,
      expectedVersion: 2,
    })
    expect(wrapper.find('[data-test="history-notice"]').text()).toBe(
      'Version 1 was restored as version 3.',
    )
    expect(wrapper.find('[data-version="3"]').text()).toContain('Rollback to version 1')
    wrapper.unmount()
  })

  it('offers members no rollback', async () => {
    fakeHistoryApi('member')
    const { wrapper } = await mountPage('/history')

    expect(wrapper.findAll('[data-version]')).toHaveLength(2)
    expect(wrapper.find('[data-version] button').exists()).toBe(false)
    wrapper.unmount()
  })
})
