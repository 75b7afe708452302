import { syncJobId } from '@talent-sync/jobs'
import { beforeAll, describe, expect, it } from 'vitest'

import { makeEvent, readError, signedRequest, unixSeconds } from '../../testing/fixtures.js'
import { useTestApp } from '../../testing/test-app.js'

const NOW = new Date('2026-12-01T10:05:00Z')

describe('POST /v1/events', () => {
  const getTestApp = useTestApp()
  let teamId = ''
  let adminId = ''
  let secret = ''

  beforeAll(async () => {
    const { team, admin, signingSecret } = await getTestApp().createTeam()
    teamId = team.id
    adminId = admin.id
    secret = signingSecret
    getTestApp().setNow(NOW)
  })

  async function post(body: unknown, signWith = secret, timestamp = unixSeconds(NOW)) {
    return getTestApp().app.request('/v1/events', signedRequest(body, signWith, timestamp))
  }

  async function waitingJobCount(): Promise<number> {
    return getTestApp().deps.queue.getJobCountByTypes('waiting')
  }

  it('accepts a signed event and queues it', async () => {
    const before = await waitingJobCount()
    const response = await post(makeEvent(teamId, adminId, 'evt_single'))

    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({ accepted: ['evt_single'], duplicates: [] })
    expect(await waitingJobCount()).toBe(before + 1)
    const job = await getTestApp().deps.queue.getJob(syncJobId(teamId, 'evt_single'))
    expect(job?.data.event.person.firstName).toBe('Zoë')
  })

  it('accepts a replayed event and queues it once', async () => {
    const event = makeEvent(teamId, adminId, 'evt_replayed')
    const first = await post(event)
    const before = await waitingJobCount()
    const second = await post(event)

    expect(first.status).toBe(202)
    expect(second.status).toBe(202)
    expect(await second.json()).toEqual({
      accepted: ['evt_replayed'],
      duplicates: ['evt_replayed'],
    })
    expect(await waitingJobCount()).toBe(before)
  })

  it('accepts a batch and skips ids repeated in it', async () => {
    const events = ['evt_b1', 'evt_b2', 'evt_b1'].map((id) => makeEvent(teamId, adminId, id))
    const before = await waitingJobCount()
    const response = await post({ events })

    expect(response.status).toBe(202)
    expect(await response.json()).toEqual({
      accepted: ['evt_b1', 'evt_b2'],
      duplicates: ['evt_b1'],
    })
    expect(await waitingJobCount()).toBe(before + 2)
  })

  it.each([
    ['6 minutes old', -360],
    ['6 minutes ahead', 360],
  ])('rejects a signature %s', async (_, offsetSeconds) => {
    const before = await waitingJobCount()
    const response = await post(
      makeEvent(teamId, adminId, 'evt_late'),
      secret,
      unixSeconds(NOW) + offsetSeconds,
    )

    expect(response.status).toBe(401)
    expect((await readError(response)).code).toBe('invalid_signature')
    expect(await waitingJobCount()).toBe(before)
  })

  it('rejects a forged signature', async () => {
    const before = await waitingJobCount()
    const response = await post(makeEvent(teamId, adminId, 'evt_forged'), 'tss_forged_secret')

    expect(response.status).toBe(401)
    expect((await readError(response)).code).toBe('invalid_signature')
    expect(await waitingJobCount()).toBe(before)
  })

  it('rejects a body changed after signing', async () => {
    const options = signedRequest(
      makeEvent(teamId, adminId, 'evt_changed'),
      secret,
      unixSeconds(NOW),
    )
    const response = await getTestApp().app.request('/v1/events', {
      ...options,
      body: String(options.body).replace('Zoë', 'Eve'),
    })

    expect(response.status).toBe(401)
  })

  it.each([
    ['no header', undefined],
    ['a malformed header', 'v1=abc'],
  ])('rejects %s', async (_, header) => {
    const response = await getTestApp().app.request('/v1/events', {
      method: 'POST',
      headers: header ? { 'X-Talent-Sync-Signature': header } : {},
      body: JSON.stringify(makeEvent(teamId, adminId, 'evt_unsigned')),
    })

    expect(response.status).toBe(401)
  })

  it('rejects an unknown team with 401', async () => {
    const response = await post(makeEvent('team_unknown', adminId, 'evt_unknown_team'))

    expect(response.status).toBe(401)
    expect((await readError(response)).code).toBe('invalid_signature')
  })

  it('rejects a batch that names two teams', async () => {
    const events = [
      makeEvent(teamId, adminId, 'evt_t1'),
      makeEvent('team_other', adminId, 'evt_t2'),
    ]
    const response = await post({ events })
    const error = await readError(response)

    expect(response.status).toBe(400)
    expect(error.code).toBe('invalid_event')
    expect(error.errors).toEqual([{ path: 'events.1.teamId', message: expect.any(String) }])
  })

  it('names every bad field and queues nothing', async () => {
    const good = makeEvent(teamId, adminId, 'evt_good')
    const bad = makeEvent(teamId, adminId, 'evt_bad', {
      type: 'person.teleported' as never,
      occurredAt: 'yesterday',
      person: { id: 'p_bad', emails: [{ address: 'not-an-email', type: 'work' }] },
    })
    const before = await waitingJobCount()
    const response = await post({ events: [good, bad] })
    const error = await readError(response)
    const paths = (error.errors ?? []).map((issue) => issue.path)

    expect(response.status).toBe(400)
    expect(error.code).toBe('invalid_event')
    expect(paths).toContain('events.1.type')
    expect(paths).toContain('events.1.occurredAt')
    expect(paths).toContain('events.1.person.emails.0.address')
    expect(paths.every((path) => path.startsWith('events.1.'))).toBe(true)
    expect(await waitingJobCount()).toBe(before)
  })

  it('names fields of a single event without a prefix', async () => {
    const response = await post(
      makeEvent(teamId, adminId, 'evt_no_outreach', { type: 'outreach.sent' }),
    )
    const error = await readError(response)

    expect(response.status).toBe(400)
    expect(error.errors).toEqual([{ path: 'outreach', message: expect.any(String) }])
  })

  it('rejects a user of another team', async () => {
    const other = await getTestApp().createTeam()
    const response = await post(makeEvent(teamId, other.admin.id, 'evt_foreign_user'))
    const error = await readError(response)

    expect(response.status).toBe(400)
    expect(error.errors).toEqual([{ path: 'userId', message: 'is not a user of this team' }])
  })

  it('rejects a body that is not JSON', async () => {
    const response = await post('{"id": ')

    expect(response.status).toBe(400)
    expect((await readError(response)).code).toBe('invalid_request')
  })

  it('rejects a 2 MiB body with 413', async () => {
    const padding = 'x'.repeat(2 * 1024 * 1024)
    const response = await post(
      makeEvent(teamId, adminId, 'evt_large', { person: { id: 'p', summary: padding } }),
    )

    expect(response.status).toBe(413)
    expect((await readError(response)).code).toBe('payload_too_large')
  })

  it('never logs the signing secret or the signature', async () => {
    await post(makeEvent(teamId, adminId, 'evt_logged'))
    const text = getTestApp().logs.text()

    expect(text).toContain('events accepted')
    expect(text).not.toContain(secret)
    expect(text).not.toContain('v1=')
  })
})
