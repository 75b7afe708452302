import type { SyncJob } from '@talent-sync/jobs'
import type { Job } from 'bullmq'

import { delayJob } from './delay-job.js'
import { withJitter } from './job-timings.js'
import type { ProcessorDeps } from './sync-processor.js'

// Job states in which a job will still run, so its event still has to apply first.
const LIVE_STATES = new Set(['active', 'waiting', 'delayed', 'prioritized', 'waiting-children'])

/**
 * Returns when this job's event is the earliest pending one of its person
 * and the settle time has passed since the job was first recorded.
 * Otherwise it delays the job. The settle time gives jobs of the same
 * person that were fetched together the time to record themselves. A pending entry
 * whose job no longer exists or ended for good is dropped, so a lost job
 * never blocks the person.
 */
export async function waitForTurn(
  deps: ProcessorDeps,
  job: Job,
  token: string | undefined,
  data: SyncJob,
  registeredAtMs: number,
): Promise<void> {
  const personId = data.event.person.id

  for (;;) {
    const head = await deps.pending.head(data.teamId, personId)
    if (head === undefined || head.jobId === job.id) break

    const headJob = await deps.queue.getJob(head.jobId)
    const state = headJob === undefined ? 'missing' : await headJob.getState()
    if (LIVE_STATES.has(state)) {
      deps.metrics.jobs.inc({ outcome: 'waiting_for_turn' })
      await delayJob(job, token, withJitter(deps.timings.turnRetryMs))
    }
    await deps.pending.remove(data.teamId, personId, head.jobId)
  }

  // NOTE: an earlier event queued long after a later one of the same person (not fetched together) still applies after it.
  const settleLeft = registeredAtMs + deps.timings.settleMs - Date.now()
  if (settleLeft > 0) {
    deps.metrics.jobs.inc({ outcome: 'waiting_for_turn' })
    await delayJob(job, token, settleLeft)
  }
}
