import { describe, expect, it } from 'vitest'

import { makePerson, makeSettings } from '../../bench/fixtures.js'
import { buildFieldCatalogue } from '../catalogue/clockwork.js'
import type { FieldValues } from '../mapping/draft.js'
import { mapPersonToDraft } from '../mapping/map-person.js'
import { buildNote } from '../notes/build-note.js'
import type { PersonInput } from '../schemas/person.js'
import type { SettingsDocument } from '../settings/schema.js'
import { applyPlan } from './apply-plan.js'
import { planSync } from './plan-sync.js'
import type { CrmPersonSnapshot } from './types.js'

const catalogue = buildFieldCatalogue()

function draftOf(person: Partial<PersonInput> = {}, settings = makeSettings()) {
  return mapPersonToDraft(makePerson(person), {}, settings.fieldMapping, catalogue, {
    defaultPhoneCountry: 'GB',
  })
}

function snapshot(values: FieldValues, noteKeys: string[] = []): CrmPersonSnapshot {
  return { id: 'crm_42', values, noteKeys }
}

const note = buildNote({
  eventType: 'outreach.sent',
  occurredAt: '2026-12-01T10:00:00Z',
  teamId: 'team_1',
  personId: 'p_zoe',
  eventId: 'evt_1',
  outreach: { channel: 'email', step: 1, subject: 'Hello' },
})

function fateOf(plan: ReturnType<typeof planSync>, key: string) {
  return plan.fields.find((field) => field.key === key)?.fate
}

describe('planSync', () => {
  it('creates a person in order', () => {
    const plan = planSync({
      draft: draftOf(),
      existing: null,
      settings: makeSettings(),
      notes: [note],
    })

    expect(plan.action).toBe('create')
    expect(plan.crmPersonId).toBeUndefined()
    expect(plan.operations.map((operation) => operation.stepKey)).toEqual([
      'person:create',
      'emailAddresses:zoe.obrien@northwind.example',
      'emailAddresses:zoe@home.example',
      'phoneNumbers:+442079460123',
      'linkedinUrls:https://www.linkedin.com/in/zoe-obrien',
      'webSites:https://zoe.example/talks',
      'webSites:https://github.com/zoe-ob',
      'addresses:london, united kingdom',
      'positions:vp engineering|northwind analytics|2021-03',
      'positions:engineering manager|contoso data|2016-09',
      'educations:university of leeds|bsc|2008',
      'tags:python',
      'tags:leadership',
      `note:${note.idempotencyKey}`,
    ])
  })

  it('writes no current fields separately', () => {
    const plan = planSync({ draft: draftOf(), existing: null, settings: makeSettings(), notes: [] })
    const create = plan.operations[0]

    expect(create?.kind).toBe('create_person')
    expect(create?.kind === 'create_person' && Object.keys(create.fields)).toEqual([
      'firstName',
      'lastName',
      'biography',
      'assistantName',
    ])
    expect(fateOf(plan, 'currentTitle')).toBe('write')
  })

  it('blocks on missing mandatory fields', () => {
    const settings = makeSettings((s) => (s.sync.mandatoryFields = ['lastName', 'nickName']))

    const plan = planSync({
      draft: draftOf({ lastName: null }, settings),
      existing: null,
      settings,
      notes: [note],
    })

    expect(plan.action).toBe('blocked')
    expect(plan.missingMandatory).toEqual(['lastName', 'nickName'])
    expect(plan.operations).toEqual([])
    expect(plan.fields.every((field) => field.fate === 'blocked_mandatory')).toBe(true)
    expect(plan.fields[0]).toMatchObject({ key: 'lastName', value: null })
  })

  it('accepts mandatory values from the CRM', () => {
    const existing = snapshot({ lastName: { type: 'text', value: 'Ng' } })

    const plan = planSync({
      draft: draftOf({ lastName: null }),
      existing,
      settings: makeSettings(),
      notes: [],
    })

    expect(plan.action).toBe('update')
    expect(plan.crmPersonId).toBe('crm_42')
  })

  it.each([
    { crm: 'Zoe', isProtected: true, fate: 'keep_protected', writes: false },
    { crm: '', isProtected: true, fate: 'write', writes: true },
    { crm: 'Zoë', isProtected: true, fate: 'keep_protected', writes: false },
    { crm: ' Zoë ', isProtected: false, fate: 'unchanged', writes: false },
    { crm: 'Zoe', isProtected: false, fate: 'write', writes: true },
  ])('plans firstName $crm protected=$isProtected', ({ crm, isProtected, fate, writes }) => {
    const settings = makeSettings(
      (s) => (s.sync.protectedFields = isProtected ? ['firstName'] : []),
    )
    const existing = snapshot({ firstName: { type: 'text', value: crm } })

    const plan = planSync({ draft: draftOf({}, settings), existing, settings, notes: [] })
    const update = plan.operations.find((operation) => operation.kind === 'update_person')

    expect(fateOf(plan, 'firstName')).toBe(fate)
    expect(update?.kind === 'update_person' && 'firstName' in update.fields).toBe(writes)
  })

  it('never adds an entry twice', () => {
    const existing = snapshot({
      emailAddresses: {
        type: 'email_list',
        value: [{ address: 'ZOE@home.example', location: 'home' }],
      },
      tags: { type: 'tags', value: ['Python'] },
    })

    const plan = planSync({ draft: draftOf(), existing, settings: makeSettings(), notes: [] })
    const keys = plan.operations.map((operation) => operation.stepKey)

    expect(keys).toContain('emailAddresses:zoe.obrien@northwind.example')
    expect(keys).not.toContain('emailAddresses:zoe@home.example')
    expect(keys).not.toContain('tags:python')
  })

  it('adds a repeated draft entry once', () => {
    const entry = { address: 'zoe@home.example', location: 'home' as const }
    const draft = {
      values: { emailAddresses: { type: 'email_list' as const, value: [entry, { ...entry }] } },
      dropped: [],
    }

    const settings = makeSettings((s) => (s.sync.mandatoryFields = []))

    const plan = planSync({ draft, existing: snapshot({}), settings, notes: [] })
    const keys = plan.operations.map((operation) => operation.stepKey)

    expect(keys).toEqual(['emailAddresses:zoe@home.example'])
  })

  it.each([
    {
      full: false,
      positions: ['positions:vp engineering|northwind analytics|2021-03'],
      educations: [],
    },
    {
      full: true,
      positions: [
        'positions:vp engineering|northwind analytics|2021-03',
        'positions:engineering manager|contoso data|2016-09',
      ],
      educations: ['educations:university of leeds|bsc|2008'],
    },
  ])('follows history rule full=$full', ({ full, positions, educations }) => {
    const settings = makeSettings((s) => (s.general.updateFullHistory = full))
    const existing = snapshot({})

    const plan = planSync({ draft: draftOf({}, settings), existing, settings, notes: [] })
    const keys = plan.operations.map((operation) => operation.stepKey)

    expect(keys.filter((key) => key.startsWith('positions:'))).toEqual(positions)
    expect(keys.filter((key) => key.startsWith('educations:'))).toEqual(educations)
  })

  it('matches a CRM position without dates', () => {
    const existing = snapshot({
      positions: {
        type: 'positions',
        value: [
          {
            title: 'VP engineering',
            companyName: 'NORTHWIND ANALYTICS',
            start: null,
            end: null,
            current: true,
            description: null,
          },
        ],
      },
    })

    const plan = planSync({ draft: draftOf(), existing, settings: makeSettings(), notes: [] })

    expect(plan.operations.some((operation) => operation.stepKey.startsWith('positions:'))).toBe(
      false,
    )
    expect(fateOf(plan, 'currentTitle')).toBe('unchanged')
  })

  it('keeps a protected current title', () => {
    const settings: SettingsDocument = makeSettings((s) => {
      s.sync.protectedFields = ['currentTitle']
      s.general.updateFullHistory = true
    })
    const existing = snapshot({ currentTitle: { type: 'text', value: 'CTO' } })

    const plan = planSync({ draft: draftOf({}, settings), existing, settings, notes: [] })
    const positions = plan.operations.filter((operation) =>
      operation.stepKey.startsWith('positions:'),
    )

    expect(fateOf(plan, 'currentTitle')).toBe('keep_protected')
    expect(positions.map((operation) => operation.stepKey)).toEqual([
      'positions:engineering manager|contoso data|2016-09',
    ])
  })

  it('adds a current position that keeps the protected company', () => {
    const settings: SettingsDocument = makeSettings((s) => {
      s.sync.protectedFields = ['currentCompany']
    })
    const existing = snapshot({
      currentTitle: { type: 'text', value: 'Engineering Lead' },
      currentCompany: { type: 'text', value: 'Northwind  Analytics' },
    })

    const plan = planSync({ draft: draftOf({}, settings), existing, settings, notes: [] })
    const positions = plan.operations.filter((operation) =>
      operation.stepKey.startsWith('positions:'),
    )

    expect(positions.map((operation) => operation.stepKey)).toEqual([
      'positions:vp engineering|northwind analytics|2021-03',
    ])
    expect(fateOf(plan, 'currentTitle')).toBe('write')
    expect(fateOf(plan, 'currentCompany')).toBe('keep_protected')
  })

  it('leaves out a current position that changes the protected company', () => {
    const settings: SettingsDocument = makeSettings((s) => {
      s.sync.protectedFields = ['currentCompany']
    })
    const existing = snapshot({ currentCompany: { type: 'text', value: 'Contoso Data' } })

    const plan = planSync({ draft: draftOf({}, settings), existing, settings, notes: [] })

    expect(plan.operations.some((operation) => operation.stepKey.startsWith('positions:'))).toBe(
      false,
    )
    expect(fateOf(plan, 'currentTitle')).toBe('unchanged')
  })

  it('keeps a protected list', () => {
    const settings = makeSettings((s) => (s.sync.protectedFields = ['tags']))
    const existing = snapshot({ tags: { type: 'tags', value: ['golang'] } })

    const plan = planSync({ draft: draftOf({}, settings), existing, settings, notes: [] })

    expect(fateOf(plan, 'tags')).toBe('keep_protected')
    expect(plan.operations.some((operation) => operation.stepKey.startsWith('tags:'))).toBe(false)
  })

  it('skips notes the CRM has', () => {
    const existing = snapshot({}, [note.idempotencyKey])

    const plan = planSync({
      draft: draftOf(),
      existing,
      settings: makeSettings(),
      notes: [note, note],
    })

    expect(plan.operations.filter((operation) => operation.kind === 'add_note')).toEqual([])
  })

  it('writes each note once', () => {
    const plan = planSync({
      draft: draftOf(),
      existing: null,
      settings: makeSettings(),
      notes: [note, note],
    })

    expect(plan.operations.filter((operation) => operation.kind === 'add_note')).toHaveLength(1)
  })
})

describe('applyPlan', () => {
  it('leaves nothing to do afterwards', () => {
    const settings = makeSettings()
    const draft = draftOf({}, settings)
    const first = planSync({ draft, existing: null, settings, notes: [note] })

    const after = applyPlan(null, first, 'crm_1')
    const second = planSync({ draft, existing: after, settings, notes: [note] })

    expect(after?.id).toBe('crm_1')
    expect(after?.values.currentTitle).toEqual({ type: 'text', value: 'VP Engineering' })
    expect(second.operations).toEqual([])
  })

  it('does not change its input', () => {
    const existing = snapshot({ tags: { type: 'tags', value: ['golang'] } })
    const copy = structuredClone(existing)

    applyPlan(
      existing,
      planSync({ draft: draftOf(), existing, settings: makeSettings(), notes: [] }),
    )

    expect(existing).toEqual(copy)
  })

  it('changes nothing for a blocked plan', () => {
    const settings = makeSettings((s) => (s.sync.mandatoryFields = ['nickName']))
    const plan = planSync({ draft: draftOf({}, settings), existing: null, settings, notes: [] })

    expect(applyPlan(null, plan)).toBeNull()
  })
})
