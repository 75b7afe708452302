import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { useSessionStore } from '../stores/session.js'
import { errorReply, FakeApi } from '../testing/fakeApi.js'
import { mountPage } from '../testing/mountPage.js'

const SESSION = {
  user: { id: 'user_1', email: 'ada@example.test', role: 'admin' },
  team: { id: 'team_1', name: 'Fictional Search' },
  csrfToken: 'csrf-1',
}

const SIGNED_OUT = errorReply(401, 'unauthorized', 'Sign in first.')

describe('SignInPage', () => {
  let fake: FakeApi

  beforeEach(() => {
    fake = new FakeApi()
      .on('GET /v1/session', SIGNED_OUT)
      .on('GET /v1/connection', { body: { status: 'disconnected' } })
      .install()
  })

  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends a signed-out visitor to sign-in with the way back', async () => {
    const { router, wrapper } = await mountPage('/integrations')

    expect(router.currentRoute.value.name).toBe('sign-in')
    expect(router.currentRoute.value.query.redirect).toBe('/integrations')
    expect(wrapper.find('h1').text()).toBe('Sign in to talent-sync')
    wrapper.unmount()
  })

  it.each([
    [errorReply(401, 'unauthorized', 'Invalid credentials.'), 'The e-mail or password is wrong.'],
    [
      errorReply(429, 'rate_limited', 'Too many attempts.'),
      'Too many sign-in attempts. Wait a minute, then try again.',
    ],
    [errorReply(500, 'internal_error', 'The request failed on the server.'), 'The request failed'],
  ])('shows a failed sign-in in words', async (reply, expected) => {
    fake.on('POST /v1/session', reply)
    const { wrapper, router } = await mountPage('/sign-in')

    await wrapper.find('#sign-in-email').setValue('ada@example.test')
    await wrapper.find('#sign-in-password').setValue('wrong')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-test="sign-in-error"]').text()).toContain(expected)
    expect(router.currentRoute.value.name).toBe('sign-in')
    wrapper.unmount()
  })

  it('signs in and follows only local redirects', async () => {
    fake.on('POST /v1/session', { body: SESSION })
    const { wrapper, router } = await mountPage('/sign-in?redirect=//evil.example/x')

    await wrapper.find('#sign-in-email').setValue(' ada@example.test ')
    await wrapper.find('#sign-in-password').setValue('right')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(fake.requestsTo('POST /v1/session')[0]!.body).toEqual({
      email: 'ada@example.test',
      password: 'right',
    })
    // The first visit loads the Integrations screen's chunk, which a cold test worker compiles.
    await vi.waitFor(() => expect(router.currentRoute.value.name).toBe('integrations'), {
      timeout: 20_000,
    })
    expect(useSessionStore().isAdmin).toBe(true)
    wrapper.unmount()
  })

  it('keeps a signed-in user away from the form', async () => {
    fake.on('GET /v1/session', { body: SESSION })
    const { router, wrapper } = await mountPage('/sign-in')

    expect(router.currentRoute.value.name).toBe('integrations')
    wrapper.unmount()
  })
})
