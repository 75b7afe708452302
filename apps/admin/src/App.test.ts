import { afterEach, describe, expect, it, vi } from 'vitest'

import App from './App.vue'
import { errorReply, FakeApi } from './testing/fakeApi.js'
import { mountPage } from './testing/mountPage.js'
import { sessionOf } from './testing/settingsFixture.js'

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
