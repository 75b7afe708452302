/**
 * Job definitions shared by the talent-sync API, which queues jobs, and the
 * worker, which runs them: the queue name, the payload schemas, the job
 * id rules that keep a redelivered event from being queued twice, and the
 * team-wide re-sync that queues one backfill job per synced person.
 *
 * @packageDocumentation
 */
export * from './queues.js'
export * from './payloads.js'
export * from './job-ids.js'
export * from './enqueue.js'
export * from './team-resync.js'
