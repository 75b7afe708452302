import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'

import { useConnectionStore } from '../stores/connection.js'
import { FakeApi } from '../testing/fakeApi.js'
import ReconnectBanner from './ReconnectBanner.vue'

function connection(status: string) {
  return { status, firmSubdomain: 'acme', lastError: null, verifiedAt: null, credentials: null }
}

async function mountBanner(status: string) {
  new FakeApi().on('GET /v1/connection', { body: connection(status) }).install()
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:path(.*)*', component: { render: () => null } }],
  })
  const wrapper = mount(ReconnectBanner, { global: { plugins: [pinia, router] } })
  await useConnectionStore().load()
  await flushPromises()
  return wrapper
}

describe('ReconnectBanner', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it.each([
    ['needs_reconnect', true],
    ['connected', false],
    ['not_configured', false],
  ])('status %s shows banner: %s', async (status, shown) => {
    const wrapper = await mountBanner(status)

    expect(wrapper.find('[role="alert"]').exists()).toBe(shown)
    if (shown) expect(wrapper.text()).toContain('syncing is paused for the whole team')
    wrapper.unmount()
  })
})
