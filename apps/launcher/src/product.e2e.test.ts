import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { PassThrough } from 'node:stream'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'

import { computeNoteKey, findNoteKey } from '@talent-sync/core'
import pino from 'pino'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startProduct, type RunningProduct } from './product.js'
import {
  changeTeamDefaults,
  sendSignedEvents,
  signIn,
  type ApiSession,
} from './testing/api-client.js'
import {
  CAMPAIGN_STEPS,
  campaignEvents,
  fictionalPerson,
  type CampaignStep,
  type PlatformPerson,
} from './testing/campaign.js'
import {
  readCrmFirm,
  waitForIdleWorker,
  type CrmFirm,
  type CrmPerson,
} from './testing/crm-state.js'
import { findFreePort } from './testing/free-port.js'

const repositoryRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..')
const require = createRequire(import.meta.url)
const runFile = promisify(execFile)
const IDLE_TIMEOUT_MS = 60_000

let product: RunningProduct
let dataDir: string
let admin: ApiSession
let signingSecret: string
const serviceOutput: string[] = []

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'talent-sync-e2e-'))
  const output = new PassThrough()
  output.on('data', (chunk: Buffer) => serviceOutput.push(chunk.toString()))

  // A Redis of its own keeps this product's queue apart from every other test on the machine.
  const redisPort = await findFreePort()
  product = await startProduct(
    {
      apiPort: await findFreePort(),
      host: '127.0.0.1',
      sandboxPort: await findFreePort(),
      metricsPort: await findFreePort(),
      redisUrl: `redis://127.0.0.1:${redisPort}`,
      databaseUrl: undefined,
      dataDir,
      logLevel: 'warn',
    },
    { logger: pino({ level: 'warn' }), output },
  )

  if (product.signingSecret === null) throw new Error('A new data folder must create the team.')
  signingSecret = product.signingSecret
  admin = await signIn(product.apiUrl, product.demo.admin.email, product.demo.admin.password)
}, 120_000)

afterAll(async () => {
  await product?.stop()
  await rm(dataDir, { recursive: true, force: true })
  if (process.env.E2E_SERVICE_OUTPUT) process.stdout.write(serviceOutput.join(''))
}, 60_000)

function peopleWithEmail(firm: CrmFirm, address: string): CrmPerson[] {
  const wanted = address.toLowerCase()
  return firm.people.filter((person) =>
    person.emails.some((email) => email.address.toLowerCase() === wanted),
  )
}

/** Lists the keys of the notes talent-sync wrote on one CRM person; seeded notes carry no key. */
function noteKeysOf(firm: CrmFirm, crmPersonId: string): string[] {
  return firm.notes
    .filter((note) => note.personId === crmPersonId)
    .map((note) => findNoteKey(note.content))
    .filter((key) => key !== null)
}

function positionCompanies(person: CrmPerson): (string | null)[] {
  return person.positions.map((position) => position.companyName)
}

async function crmFirm(): Promise<CrmFirm> {
  await waitForIdleWorker(product.metricsUrl, IDLE_TIMEOUT_MS)
  return readCrmFirm(product.sandboxUrl, product.demo.firm.name)
}

describe('product started as pnpm start does', () => {
  it('serves the SPA and signs the admin in', async () => {
    const page = await fetch(`${product.apiUrl}/`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<!doctype html>')

    expect(product.demo.teamId).toMatch(/^team_/)
    expect(product.demo.admin.userId).toMatch(/^user_/)
    expect(admin.headers.cookie).toContain('=')
  })

  it('pushes JSON Resume and LinkedIn files', async () => {
    await changeTeamDefaults(admin, (defaults) => {
      defaults.sync!.syncOn = 'add'
    })
    const sample = require.resolve('@jsonresume/schema/sample.resume.json')
    const linkedinExport = join(repositoryRoot, 'packages/importers/fixtures/linkedin-export')

    const { stdout } = await runFile(
      join(repositoryRoot, 'node_modules/.bin/tsx'),
      [
        join(repositoryRoot, 'apps/api/src/cli/main.ts'),
        'push',
        sample,
        linkedinExport,
        '--team',
        product.demo.teamId!,
        '--secret',
        signingSecret,
        '--user',
        product.demo.admin.userId!,
        '--url',
        product.apiUrl,
        '--campaign',
        'Imported profiles',
      ],
      { cwd: repositoryRoot },
    )
    expect(stdout).toContain('Accepted 2 of 2 people read.')

    const firm = await crmFirm()
    const resumePeople = peopleWithEmail(firm, 'richard.hendriks@mail.com')
    const linkedinPeople = peopleWithEmail(firm, 'zoe@example.com')
    expect(resumePeople).toHaveLength(1)
    expect(resumePeople[0]!.firstName).toBe('Richard')
    expect(resumePeople[0]!.lastName).toBe('Hendriks')
    expect(positionCompanies(resumePeople[0]!)).toContain('Pied Piper')
    expect(linkedinPeople).toHaveLength(1)
    expect(linkedinPeople[0]!.firstName).toBe('Zoë')
    expect(linkedinPeople[0]!.lastName).toBe('Łukasik-Moreau')
  }, 60_000)
})

interface TriggerCase {
  syncOn: 'add' | 'reply' | 'interested'
  updateFullHistory: boolean
  createNotesUpon: string[]
  /** Campaign steps whose notes the CRM must hold afterwards, in order. */
  notes: CampaignStep[]
}

const TRIGGER_CASES: TriggerCase[] = [
  {
    syncOn: 'add',
    updateFullHistory: true,
    createNotesUpon: ['email', 'reply', 'interested'],
    notes: ['email', 'reply', 'interested'],
  },
  {
    syncOn: 'reply',
    updateFullHistory: false,
    createNotesUpon: ['linkedin_message', 'reply'],
    notes: ['linkedin', 'reply'],
  },
  {
    syncOn: 'interested',
    updateFullHistory: true,
    createNotesUpon: ['email', 'linkedin_message', 'reply', 'interested'],
    notes: ['email', 'linkedin', 'reply', 'interested'],
  },
]

/** Picks a seeded CRM person with a biography whose e-mail no other record shares. */
function pickSeededPerson(firm: CrmFirm, taken: Set<string>): CrmPerson {
  const candidate = firm.people.find(
    (person) =>
      !taken.has(person.id) &&
      person.biography &&
      person.emails.length > 0 &&
      peopleWithEmail(firm, person.emails[0]!.address).length === 1,
  )
  if (candidate === undefined) throw new Error('The seeded sandbox has no person to match.')
  taken.add(candidate.id)
  return candidate
}

const takenSeeds = new Set<string>()

describe.each(TRIGGER_CASES)('campaign synced on $syncOn', (testCase) => {
  // Each case gets people of its own name and company: a namesake at the same company left by
  // an earlier case would be a possible match, and the worker would park the person for review.
  const newIndex = 1 + 2 * TRIGGER_CASES.indexOf(testCase)
  const matchedIndex = newIndex + 1

  it('writes people, history and notes as set', async () => {
    await changeTeamDefaults(admin, (defaults) => {
      defaults.sync!.syncOn = testCase.syncOn
      defaults.sync!.protectedFields = ['lastName', 'biography']
      defaults.general!.updateFullHistory = testCase.updateFullHistory
      defaults.general!.createNotesUpon = testCase.createNotesUpon
    })

    const before = await crmFirm()
    const seeded = pickSeededPerson(before, takenSeeds)
    const seededEmail = seeded.emails[0]!.address
    const newPerson = fictionalPerson(`p_new_${testCase.syncOn}`, newIndex)
    const matchedPerson = fictionalPerson(`p_known_${testCase.syncOn}`, matchedIndex, seededEmail)
    // The same person carries the CRM's LinkedIn URL too: a different profile would be
    // conflicting evidence, which rightly parks the match for review instead of writing.
    const seededLinkedin = seeded.linkedinUrls[0]?.url
    if (seededLinkedin) matchedPerson.socialUrls.linkedin = seededLinkedin
    const context = {
      teamId: product.demo.teamId!,
      userId: product.demo.admin.userId!,
      campaignId: `cmp_${testCase.syncOn}`,
      startedAt: new Date('2026-11-02T09:00:00Z'),
    }
    const events = [newPerson, matchedPerson].map((person) => campaignEvents(context, person))

    // Steps before the trigger go first, so the test sees that they write nothing.
    const triggerIndex = CAMPAIGN_STEPS.indexOf(testCase.syncOn)
    const earlySteps = CAMPAIGN_STEPS.slice(0, triggerIndex)
    const laterSteps = CAMPAIGN_STEPS.slice(triggerIndex)
    if (earlySteps.length > 0) {
      await sendSignedEvents(
        product.apiUrl,
        signingSecret,
        events.flatMap((byStep) => earlySteps.map((step) => byStep[step])),
      )
      const waiting = await crmFirm()
      expect(peopleWithEmail(waiting, newPerson.emails[0]!.address)).toHaveLength(0)
      expect(noteKeysOf(waiting, seeded.id)).toEqual([])
    }
    await sendSignedEvents(
      product.apiUrl,
      signingSecret,
      events.flatMap((byStep) => laterSteps.map((step) => byStep[step])),
    )

    const after = await crmFirm()
    const expectedKeys = (person: PlatformPerson, index: number) =>
      testCase.notes.map((step) =>
        computeNoteKey(context.teamId, person.id, String(events[index]![step].id)),
      )

    const created = peopleWithEmail(after, newPerson.emails[0]!.address)
    expect(created).toHaveLength(1)
    const createdPerson = created[0]!
    expect(createdPerson.firstName).toBe(newPerson.firstName)
    expect(createdPerson.lastName).toBe(newPerson.lastName)
    expect(createdPerson.biography).toBe(newPerson.summary)
    expect(createdPerson.linkedinUrls.map((link) => link.url)).toContain(
      newPerson.socialUrls.linkedin,
    )
    expect(createdPerson.phoneNumbers).toHaveLength(1)
    // A new record gets the whole history; the setting decides only what a re-sync adds.
    expect(positionCompanies(createdPerson).sort()).toEqual([
      `Harrowgate Systems ${newIndex}`,
      `Kestrel Byte ${newIndex}`,
    ])
    expect(noteKeysOf(after, createdPerson.id)).toEqual(expectedKeys(newPerson, 0))

    const matched = peopleWithEmail(after, seededEmail)
    expect(matched.map((person) => person.id)).toEqual([seeded.id])
    const matchedRecord = matched[0]!
    expect(matchedRecord.lastName).toBe(seeded.lastName)
    expect(matchedRecord.biography).toBe(seeded.biography)
    expect(matchedRecord.firstName).toBe(matchedPerson.firstName)
    const companies = positionCompanies(matchedRecord)
    expect(companies.filter((name) => name === `Harrowgate Systems ${matchedIndex}`)).toHaveLength(
      1,
    )
    expect(companies.filter((name) => name === `Kestrel Byte ${matchedIndex}`)).toHaveLength(
      testCase.updateFullHistory ? 1 : 0,
    )
    expect(matchedRecord.positions.length - seeded.positions.length).toBe(
      testCase.updateFullHistory ? 2 : 1,
    )
    expect(noteKeysOf(after, matchedRecord.id)).toEqual(expectedKeys(matchedPerson, 1))

    expect(after.people.length - before.people.length).toBe(1)
  }, 90_000)
})
