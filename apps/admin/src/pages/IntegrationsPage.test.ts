import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { errorReply, FakeApi } from '../testing/fakeApi.js'
import { clickDialogButton, mountPage } from '../testing/mountPage.js'

const ADMIN_SESSION = {
  user: { id: 'user_1', email: 'ada@example.test', role: 'admin' },
  team: { id: 'team_1', name: 'Fictional Search' },
  csrfToken: 'csrf-1',
}

const CONNECTED = {
  status: 'connected',
  firmSubdomain: 'acme',
  requestsPerSecond: 5,
  lastError: null,
  verifiedAt: '2026-12-01T10:00:00Z',
  credentials: { apiKey: '••••1a2b', apiSecret: '••••9z8y', serviceKey: '••••7c7c' },
}

const NOT_CONFIGURED = {
  status: 'not_configured',
  firmSubdomain: null,
  lastError: null,
  verifiedAt: null,
  credentials: null,
}

async function fillConnectForm(wrapper: Awaited<ReturnType<typeof mountPage>>['wrapper']) {
  await wrapper.find('#connect-firmSubdomain').setValue('acme')
  await wrapper.find('#connect-apiKey').setValue('key-wrong')
  await wrapper.find('#connect-apiSecret').setValue('secret-1')
  await wrapper.find('#connect-serviceKey').setValue('service-1')
}

describe('IntegrationsPage', () => {
  let fake: FakeApi

  beforeEach(() => {
    fake = new FakeApi().on('GET /v1/session', { body: ADMIN_SESSION }).install()
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('names the wrong credential and keeps the form', async () => {
    fake.on('GET /v1/connection', { body: NOT_CONFIGURED })
    fake.on(
      'POST /v1/connection',
      errorReply(422, 'crm_api_key_rejected', 'Clockwork rejected the API key and secret.'),
    )
    const { wrapper } = await mountPage('/integrations')

    await fillConnectForm(wrapper)
    await wrapper.find('form[aria-label="Connect Clockwork"]').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-test="activation-error"]').text()).toContain(
      'Clockwork rejected the API key and secret.',
    )
    expect(wrapper.find('[data-test="error-apiKey"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="error-apiSecret"]').exists()).toBe(true)
    expect(wrapper.find('[data-test="error-serviceKey"]').exists()).toBe(false)
    expect(wrapper.find('[data-test="connection-state"]').text()).toContain('Not connected')

    const sent = fake.requestsTo('POST /v1/connection')[0]!
    expect(sent.headers['X-CSRF-Token']).toBe('csrf-1')
    expect(sent.body).toEqual({
      firmSubdomain: 'acme',
      apiKey: 'key-wrong',
      apiSecret: 'secret-1',
      serviceKey: 'service-1',
    })
    wrapper.unmount()
  })

  it('shows the connected state after activation', async () => {
    fake.on('GET /v1/connection', { body: NOT_CONFIGURED })
    fake.on('POST /v1/connection', { body: CONNECTED })
    const { wrapper } = await mountPage('/integrations')

    await fillConnectForm(wrapper)
    await wrapper.find('form[aria-label="Connect Clockwork"]').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-test="connection-state"]').text()).toContain('Connected')
    expect(wrapper.find('[data-test="clockwork-notice"]').text()).toContain(
      'Clockwork is connected',
    )
    expect(wrapper.find('form[aria-label="Connect Clockwork"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('••••1a2b')
    expect(wrapper.text()).not.toContain('secret-1')
    wrapper.unmount()
  })

  it('deactivates after confirmation', async () => {
    let connected = true
    fake.on('GET /v1/connection', () => ({
      body: connected ? CONNECTED : NOT_CONFIGURED,
    }))
    fake.on('DELETE /v1/connection', () => {
      connected = false
      return { status: 204 }
    })
    const { wrapper } = await mountPage('/integrations')

    const deactivate = wrapper.findAll('button').find((button) => button.text() === 'Deactivate')
    await deactivate!.trigger('click')
    await flushPromises()
    expect(fake.requestsTo('DELETE /v1/connection')).toHaveLength(0)

    await clickDialogButton('Deactivate')

    expect(fake.requestsTo('DELETE /v1/connection')).toHaveLength(1)
    expect(wrapper.find('[data-test="connection-state"]').text()).toContain('Not connected')
    wrapper.unmount()
  })

  it('shows a rotated signing secret once', async () => {
    fake.on('GET /v1/connection', { body: CONNECTED })
    fake.on('POST /v1/signing-secret/rotate', {
      status: 201,
      body: { signingSecret: 'whsec_fictional_1', previousValidUntil: '2026-12-01T11:00:00Z' },
    })
    const { wrapper } = await mountPage('/integrations')

    const rotate = wrapper.findAll('button').find((b) => b.text() === 'Rotate signing secret')
    await rotate!.trigger('click')
    await flushPromises()
    await clickDialogButton('Rotate')

    const input = wrapper.find<HTMLInputElement>('#signing-secret-value')
    expect(input.element.value).toBe('whsec_fictional_1')

    const hide = wrapper.findAll('button').find((b) => b.text() === 'Hide')
    await hide!.trigger('click')
    expect(wrapper.find('#signing-secret-value').exists()).toBe(false)
    wrapper.unmount()
  })

  it('shows members the state without the form', async () => {
    fake.on('GET /v1/session', {
      body: { ...ADMIN_SESSION, user: { ...ADMIN_SESSION.user, role: 'member' } },
    })
    fake.on('GET /v1/connection', { body: NOT_CONFIGURED })
    const { wrapper } = await mountPage('/integrations')

    expect(wrapper.find('form[aria-label="Connect Clockwork"]').exists()).toBe(false)
    expect(wrapper.text()).toContain('Only team admins can change the connection.')
    expect(wrapper.text()).not.toContain('Event signing secret')
    wrapper.unmount()
  })
})
