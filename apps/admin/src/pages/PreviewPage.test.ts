import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { SyncPreview } from '../api/types.js'
import { usePreviewStore } from '../stores/preview.js'
import { errorReply, FakeApi } from '../testing/fakeApi.js'
import { mountPage } from '../testing/mountPage.js'
import { sessionOf, settingsInfo } from '../testing/settingsFixture.js'

const PERSON = { id: 'p_9', firstName: 'Zoë', lastName: 'Fictional', jobTitle: 'CTO' }

const PLAN: SyncPreview = {
  action: 'update',
  crmPersonId: '501',
  missingMandatory: [],
  operations: [{ kind: 'update_person', stepKey: 'person:update' }],
  match: {
    kind: 'matched',
    crmPersonId: '501',
    score: 0.97,
    reasons: [{ kind: 'email', detail: 'same e-mail' }],
  },
  dropped: [{ source: 'socialUrls.github', reason: 'no CRM field is mapped to it' }],
  fields: [
    {
      key: 'currentTitle',
      value: { type: 'text', value: 'CTO' },
      existingValue: { type: 'text', value: 'VP Engineering' },
      fate: 'keep_protected',
      reason: 'protected and already filled in the CRM',
    },
    {
      key: 'firstName',
      value: { type: 'text', value: 'Zoë' },
      existingValue: { type: 'text', value: 'Zoë' },
      fate: 'unchanged',
      reason: 'the CRM already holds this value',
    },
  ],
}

function fakePreviewApi(): FakeApi {
  return new FakeApi()
    .on('GET /v1/session', { body: sessionOf('member') })
    .on('GET /v1/connection', { body: { status: 'connected' } })
    .on('GET /v1/activity', {
      body: {
        items: [
          { id: 'a1', kind: 'synced', details: { person: PERSON }, platformPersonId: 'p_9' },
          { id: 'a2', kind: 'synced', details: { person: PERSON }, platformPersonId: 'p_9' },
        ],
        nextCursor: null,
      },
    })
    .on('POST /v1/preview', { body: PLAN })
    .install()
}

describe('PreviewPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('previews a recent person', async () => {
    const fake = fakePreviewApi()
    const { wrapper } = await mountPage('/preview')

    expect(usePreviewStore().recentPeople.map((person) => person.name)).toEqual(['Zoë Fictional'])
    expect(fake.requestsTo('GET /v1/activity')[0]!.query.get('kind')).toBe('synced')

    await wrapper.find('#preview-json').setValue(JSON.stringify(PERSON))
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(fake.requestsTo('POST /v1/preview')[0]!.body).toEqual({ person: PERSON })
    expect(wrapper.find('[data-test="plan-headline"]').text()).toBe(
      'CRM person 501 would be updated.',
    )
    expect(wrapper.find('[data-test="plan-match"]').text()).toContain('97%: same e-mail')
    const title = wrapper.find('[data-field="currentTitle"]').text()
    expect(title).toContain('Kept: protected')
    expect(title).toContain('VP Engineering')
    expect(wrapper.find('[data-field="firstName"]').text()).toContain('Unchanged')
    expect(wrapper.find('.dropped').text()).toContain('socialUrls.github: no CRM field is mapped')
    wrapper.unmount()
  })

  it('rejects text that is not JSON', async () => {
    const fake = fakePreviewApi()
    const { wrapper } = await mountPage('/preview')

    await wrapper.find('#preview-json').setValue('{ "id": ')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-test="preview-error"]').text()).toContain('not valid JSON')
    expect(fake.requestsTo('POST /v1/preview')).toHaveLength(0)
    wrapper.unmount()
  })

  it('lists the fields the API rejected', async () => {
    const fake = fakePreviewApi()
    fake.on(
      'POST /v1/preview',
      errorReply(400, 'invalid_request', 'The request has invalid fields.', [
        { path: 'person.emails.0.address', message: 'must be an e-mail address' },
      ]),
    )
    const { wrapper } = await mountPage('/preview')

    await wrapper.find('#preview-json').setValue('{"id":"p_1","emails":[{"address":"x"}]}')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-test="preview-error"]').text()).toBe(
      'The request has invalid fields.',
    )
    expect(wrapper.find('.issues').text()).toContain('person.emails.0.address must be an e-mail')
    expect(wrapper.find('[data-test="plan"]').exists()).toBe(false)
    wrapper.unmount()
  })

  it.each([
    ['field keys without the settings', undefined, 'currentTitle'],
    ['labels from the settings', settingsInfo(), 'Current title'],
  ])('names blocked fields by %s', async (_case, settings, shown) => {
    const fake = fakePreviewApi()
    if (settings !== undefined) fake.on('GET /v1/settings', { body: settings })
    fake.on('POST /v1/preview', {
      body: {
        ...PLAN,
        action: 'blocked',
        match: { kind: 'none' },
        missingMandatory: ['currentTitle'],
      },
    })
    const { wrapper } = await mountPage('/preview')

    await wrapper.find('#preview-json').setValue('{"id":"p_1"}')
    await wrapper.find('form').trigger('submit')
    await flushPromises()

    expect(wrapper.find('[data-test="plan-headline"]').text()).toContain(
      `mandatory fields are missing (${shown})`,
    )
    wrapper.unmount()
  })
})
