import { describe, expect, it } from 'vitest'

import type { DemoState } from './demo.js'
import { formatWelcome } from './welcome.js'

const demo: DemoState = {
  teamName: 'Demo Search Partners',
  teamId: 'team_example',
  admin: { email: 'admin@example.test', password: 'admin-password', userId: 'user_admin' },
  member: { email: 'member@example.test', password: 'member-password' },
  firm: { name: 'demo', apiKey: 'key', apiSecret: 'secret', serviceKey: 'svc' },
}

const product = {
  apiUrl: 'http://127.0.0.1:3000',
  sandboxUrl: 'http://127.0.0.1:4010',
  metricsUrl: 'http://127.0.0.1:9464',
  demo,
}

describe('formatWelcome', () => {
  it('lists the sign-in details and ids', () => {
    const text = formatWelcome({ ...product, signingSecret: null })

    expect(text).toContain('talent-sync is running at http://127.0.0.1:3000')
    expect(text).toContain('admin@example.test  password admin-password')
    expect(text).toContain('member@example.test  password member-password')
    expect(text).toContain('team id    team_example')
    expect(text).toContain('(for talent-sync push --user)  user_admin')
    expect(text).toContain('http://127.0.0.1:9464/metrics')
  })

  it.each([
    { signingSecret: 'tss_new', expected: 'shown once; rotate it in Integrations): tss_new' },
    { signingSecret: null, expected: 'shown on the first start only' },
  ])('shows the secret only when new ($signingSecret)', ({ signingSecret, expected }) => {
    expect(formatWelcome({ ...product, signingSecret })).toContain(expected)
  })
})
