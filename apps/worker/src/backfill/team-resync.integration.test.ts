import { DEFAULT_FIELD_MAPPING, teamSettingsSchema } from '@talent-sync/core'
import { listActivity, saveSettings } from '@talent-sync/store'
import { afterEach, describe, expect, it } from 'vitest'

import { crmPeople } from '../testing/crm-state.js'
import { startHarness, type Harness } from '../testing/harness.js'
import { fictionalPerson, makeEvent, minutesAfterStart } from '../testing/people.js'
import { enqueueTeamResync } from '@talent-sync/jobs'

let harness: Harness | undefined

afterEach(async () => {
  await harness?.close()
  harness = undefined
})

function settingsWithTags(mapped: boolean) {
  const mapping = structuredClone(DEFAULT_FIELD_MAPPING)
  mapping.listVariables.tags = mapped ? ['tags'] : []
  return teamSettingsSchema.parse({ defaults: { fieldMapping: mapping } })
}

describe('enqueueTeamResync', () => {
  it('re-syncs every linked person with new settings', async () => {
    harness = await startHarness({ teamSettings: settingsWithTags(false) })
    const people = [fictionalPerson(1, 'resync'), fictionalPerson(2, 'resync')]
    harness.startWorker()
    await harness.enqueue(
      people.map((person, index) =>
        makeEvent({
          id: `evt_${index}`,
          occurredAt: minutesAfterStart(0),
          teamId: harness!.teamId,
          userId: harness!.userId,
          person,
        }),
      ),
    )
    await harness.waitUntilIdle()
    expect(crmPeople(harness).map((record) => record.tags.length)).toEqual([0, 0])

    await saveSettings(harness.db.handle.db, harness.teamId, {
      document: settingsWithTags(true),
      authorUserId: harness.userId,
    })
    const run = await enqueueTeamResync(
      harness.queue,
      harness.db.handle.db,
      harness.teamId,
      harness.userId,
    )
    await harness.waitUntilIdle()

    expect(run.queued).toBe(2)
    const records = crmPeople(harness)
    expect(records).toHaveLength(2)
    expect(records.map((record) => record.tags.length)).toEqual([1, 1])
    expect(records.map((record) => record.positions.length)).toEqual([2, 2])

    const feed = await listActivity(harness.db.handle.db, harness.teamId, { kinds: ['backfill'] })
    expect(feed.items).toHaveLength(3)
    const jobEntries = feed.items.filter((entry) => entry.details.outcome === 'synced')
    expect(jobEntries).toHaveLength(2)
    expect(jobEntries.map((entry) => entry.details.runId)).toEqual([run.runId, run.runId])
    expect(feed.items.find((entry) => entry.details.total === 2)?.id).toBe(run.runId)
    expect(await harness.queue.getJobCountByTypes('failed')).toBe(0)
  })
})
