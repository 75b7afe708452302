import { flushPromises } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'

import type { ActivityEntry } from '../api/types.js'
import { useActivityStore } from '../stores/activity.js'
import { errorReply, FakeApi } from '../testing/fakeApi.js'
import { mountPage } from '../testing/mountPage.js'
import { sessionOf } from '../testing/settingsFixture.js'

const NOW = new Date().toISOString()

const FAILED: ActivityEntry = {
  id: 'act_failed',
  kind: 'failed',
  status: 'open',
  userId: 'user_admin',
  platformPersonId: 'p_1',
  eventId: 'evt_1',
  reasons: ['mandatory_fields_missing: currentTitle is empty'],
  details: {
    code: 'mandatory_fields_missing',
    missingFields: ['currentTitle'],
    person: { firstName: 'Zoë', lastName: "O'Brien-Łukasik" },
  },
  retryable: true,
  createdAt: NOW,
}

const REVIEW: ActivityEntry = {
  id: 'act_review',
  kind: 'needs_review',
  status: 'open',
  userId: 'user_admin',
  platformPersonId: 'p_2',
  eventId: 'evt_2',
  reasons: ['match ambiguous'],
  details: {
    candidates: [
      {
        crmPersonId: '101',
        firstName: 'Sam',
        lastName: 'Fictional',
        score: 0.62,
        reasons: ['name'],
      },
      {
        crmPersonId: '102',
        firstName: 'Sam',
        lastName: 'Fictional',
        score: 0.6,
        reasons: ['name'],
      },
    ],
  },
  createdAt: NOW,
}

const SYNCED: ActivityEntry = {
  ...FAILED,
  id: 'act_synced',
  kind: 'synced',
  status: 'ok',
  reasons: ['added to campaign'],
  details: { crmPersonId: '7', created: true, backfilledNotes: 2, person: { firstName: 'Ana' } },
}

function fakeActivityApi(): FakeApi {
  let failures = [FAILED]
  let reviews = [REVIEW]
  return new FakeApi()
    .on('GET /v1/session', { body: sessionOf('admin') })
    .on('GET /v1/connection', { body: { status: 'connected' } })
    .on('GET /v1/activity', (request) => {
      const kind = request.query.get('kind')
      if (kind === 'failed') return { body: { items: failures, nextCursor: null } }
      if (kind === 'needs_review') return { body: { items: reviews, nextCursor: null } }
      return { body: { items: [SYNCED, FAILED, REVIEW], nextCursor: null } }
    })
    .on('POST /v1/activity/act_failed/retry', () => {
      failures = []
      return { status: 202, body: { jobId: 'job_1' } }
    })
    .on('POST /v1/activity/act_review/decision', () => {
      reviews = []
      return { status: 202, body: { jobId: 'job_2' } }
    })
    .install()
}

describe('ActivityPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('lists failures with their reasons and retries', async () => {
    const fake = fakeActivityApi()
    const { wrapper } = await mountPage('/activity')

    const failure = wrapper.find('[aria-labelledby="failures-title"] [data-activity="act_failed"]')
    expect(failure.text()).toContain("Zoë O'Brien-Łukasik")
    expect(failure.text()).toContain('Missing: currentTitle')

    await failure.find('button').trigger('click')
    await flushPromises()

    expect(fake.requestsTo('POST /v1/activity/act_failed/retry')).toHaveLength(1)
    expect(wrapper.find('[data-test="activity-notice"]').text()).toBe('The sync was queued again.')
    expect(wrapper.text()).toContain('No sync is failing.')
    wrapper.unmount()
  })

  it('records a same-person decision', async () => {
    const fake = fakeActivityApi()
    const { wrapper } = await mountPage('/activity')

    const button = wrapper.find('[aria-label="Same person as CRM record 102"]')
    await button.trigger('click')
    await flushPromises()

    expect(fake.requestsTo('POST /v1/activity/act_review/decision')[0]!.body).toEqual({
      decision: 'same_person',
      crmPersonId: '102',
    })
    expect(wrapper.text()).toContain('No match is waiting for a decision.')
    wrapper.unmount()
  })

  it('shows a failed retry in words', async () => {
    const fake = fakeActivityApi()
    fake.on(
      'POST /v1/activity/act_failed/retry',
      errorReply(409, 'job_not_retryable', 'This job cannot be retried.'),
    )
    const { wrapper } = await mountPage('/activity')

    await wrapper.find('[aria-labelledby="failures-title"] button').trigger('click')
    await flushPromises()

    expect(wrapper.find('[role="alert"], .p-message-error').text()).toContain(
      'This job cannot be retried.',
    )
    wrapper.unmount()
  })

  it('charts today and sums the backfill', async () => {
    fakeActivityApi()
    const { wrapper } = await mountPage('/activity')

    const label = wrapper.find('svg[role="img"]').attributes('aria-label')
    expect(label).toBe('Syncs and failures per day: 1 syncs and 1 failures over 14 days.')
    expect(wrapper.find('[data-test="backfill-summary"]').text()).toContain(
      '2 earlier notes written at first sync',
    )
    wrapper.unmount()
  })

  it('filters recent activity by kind', async () => {
    const fake = fakeActivityApi()
    const { wrapper } = await mountPage('/activity')
    const before = fake.requestsTo('GET /v1/activity').length

    useActivityStore().kind = 'synced'
    await useActivityStore().load()

    const kinds = fake
      .requestsTo('GET /v1/activity')
      .slice(before)
      .map((request) => request.query.get('kind'))
    expect(kinds).toEqual(['synced', 'failed', 'needs_review'])
    wrapper.unmount()
  })
})
