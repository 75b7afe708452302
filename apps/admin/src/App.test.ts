import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import App from './App.vue'
import { errorReply, FakeApi } from './testing/fakeApi.js'
import { clickDialogButton, mountPage } from './testing/mountPage.js'
import { sessionOf, settingsInfo } from './testing/settingsFixture.js'

describe('App', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('shows landmarks and the reconnect banner', async () => {
    new FakeApi()
      .on('GET /v1/session', { body: sessionOf('admin') })
      .on('GET /v1/connection', {
        body: { status: 'needs_reconnect', firmSubdomain: 'acme', credentials: null },
      })
      .on('GET /v1/settings/history', { body: { versions: [], nextBefore: null } })
      .install()
    const { wrapper } = await mountPage('/history', App)

    expect(wrapper.find('header nav[aria-label="Main"]').exists()).toBe(true)
    expect(wrapper.find('main#main').exists()).toBe(true)
    expect(wrapper.find('.reconnect-banner[role="alert"]').exists()).toBe(true)
    expect(wrapper.find('.role-badge').text()).toBe('Admin')
    wrapper.unmount()
  })

  it('returns to sign-in when the session expires', async () => {
    new FakeApi()
      .on('GET /v1/session', { body: sessionOf('member') })
      .on('GET /v1/connection', { body: { status: 'connected', credentials: null } })
      .on('GET /v1/settings/history', errorReply(401, 'unauthorized', 'Sign in first.'))
      .install()
    const { wrapper, router } = await mountPage('/history', App)

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'), {
      timeout: 20_000,
    })
    expect(router.currentRoute.value.query.redirect).toBe('/history')
    expect(wrapper.find('nav[aria-label="Main"]').exists()).toBe(false)
    wrapper.unmount()
  })
})

describe('App sign-out', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('asks before dropping unsaved settings', async () => {
    const fake = new FakeApi()
      .on('GET /v1/session', { body: sessionOf('admin') })
      .on('GET /v1/connection', { body: { status: 'connected', credentials: null } })
      .on('GET /v1/settings', { body: settingsInfo() })
      .on('DELETE /v1/session', { status: 204 })
      .install()
    const { wrapper, router } = await mountPage('/settings/general', App)
    await wrapper.find('#setting-general-doNotMerge').setValue(true)

    const signOut = wrapper.findAll('button').find((button) => button.text() === 'Sign out')!
    await signOut.trigger('click')
    await flushPromises()
    await clickDialogButton('Stay on this page')

    expect(router.currentRoute.value.name).toBe('settings')
    expect(fake.requestsTo('DELETE /v1/session')).toHaveLength(0)

    await signOut.trigger('click')
    await flushPromises()
    await clickDialogButton('Discard changes')

    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('sign-in'), {
      timeout: 20_000,
    })
    expect(fake.requestsTo('DELETE /v1/session')).toHaveLength(1)
    wrapper.unmount()
  })
})
