import { DelayedError, type Job } from 'bullmq'

/** Moves a job to the delayed set for `delayMs` and ends this run without counting an attempt. */
export async function delayJob(
  job: Job,
  token: string | undefined,
  delayMs: number,
): Promise<never> {
  await job.moveToDelayed(Date.now() + delayMs, token)
  throw new DelayedError()
}
