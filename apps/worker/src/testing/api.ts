import { createApp, DEFAULT_APP_CONFIG, systemClock } from '@talent-sync/api'
import { ClockworkClient } from '@talent-sync/clockwork'
import { pino } from 'pino'

import type { Harness } from './harness.js'

/** Builds the talent-sync API on the harness's database, queue, Redis and sandbox, with silent logs. */
export function createHarnessApi(harness: Harness): ReturnType<typeof createApp> {
  return createApp({
    db: harness.db.handle.db,
    box: harness.db.box,
    queue: harness.queue,
    redis: harness.redis,
    crm: (target) =>
      new ClockworkClient({
        firm: target.firmSubdomain,
        credentials: target.credentials,
        baseUrl: harness.sandbox.url,
      }),
    logger: pino({ level: 'silent' }),
    clock: systemClock,
    config: { ...DEFAULT_APP_CONFIG, redisKeyPrefix: `${harness.queueName}:api:` },
  })
}
