import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { buildFieldCatalogue } from '../catalogue/clockwork.js'
import { hasValue, type FieldValue, type PersonDraft } from '../mapping/draft.js'
import { mapPersonToDraft } from '../mapping/map-person.js'
import { listPersonSources } from '../mapping/person-sources.js'
import { normalizeEmail } from '../normalize/email.js'
import { foldForComparison } from '../normalize/fold.js'
import { normalizeLinkedInUrl } from '../normalize/linkedin.js'
import { normalizePhone } from '../normalize/phone.js'
import { normalizeText } from '../normalize/text.js'
import { normalizeUrl } from '../normalize/url.js'
import { personSchema, type Person } from '../schemas/person.js'
import { defaultSettings, type SettingsDocument } from '../settings/schema.js'
import { applyPlan } from './apply-plan.js'
import { planSync } from './plan-sync.js'
import type { CrmPersonSnapshot } from './types.js'

const catalogue = buildFieldCatalogue()

const nameArbitrary = fc.constantFrom(
  'Zoë',
  "O'Brien-Łukasik",
  '王小明',
  'Ada',
  'ADA',
  '  Ada  ',
  '',
  null,
)
const titleArbitrary = fc.constantFrom(
  'VP Engineering',
  'vp engineering',
  'Analyst',
  'Directeur Général',
  null,
)
const companyArbitrary = fc.constantFrom('Northwind', 'NORTHWIND', 'Contoso Łódź', 'Fabrikam', null)
const dateArbitrary = fc.constantFrom('2015', '2015-06', '2018-01', '2020-11', null)

const emailArbitrary = fc.record({
  address: fc.constantFrom(
    'zoe@northwind.example',
    'ZOE@Northwind.example',
    'ada@contoso.example',
    'łukasik@fabrikam.example',
  ),
  type: fc.constantFrom('work', 'personal', 'other'),
})

const phoneArbitrary = fc.record({
  number: fc.constantFrom(
    '+44 20 7946 0123',
    '020 7946 0123',
    '+1 415 555 0100 ext. 12',
    'ask reception',
    '12',
  ),
  type: fc.constantFrom('mobile', 'work', 'home', 'other'),
})

const positionArbitrary = fc
  .record({
    title: titleArbitrary,
    companyName: companyArbitrary,
    startDate: dateArbitrary,
    current: fc.boolean(),
  })
  .filter((entry) => Boolean(entry.title || entry.companyName))

const educationArbitrary = fc.record({
  school: fc.constantFrom('University of Leeds', 'université de lyon', 'Tsinghua 清华'),
  degree: fc.constantFrom('BSc', 'MSc', null),
  startYear: fc.constantFrom(2005, 2010, null),
})

const urlArbitrary = fc.constantFrom(
  'https://www.linkedin.com/in/zoe-ob',
  'http://uk.linkedin.com/in/Zoe-OB/?trk=x',
  'https://www.linkedin.com/company/northwind',
  'https://github.com/zoe-ob/',
  'https://zoe.example/?utm_source=mail',
  'https://x.com/zoe',
)

/** A realistic platform person: repeated values, unicode, empty and null values. */
const personArbitrary: fc.Arbitrary<Person> = fc
  .record({
    id: fc.constant('p_property'),
    firstName: nameArbitrary,
    lastName: nameArbitrary,
    headline: fc.constantFrom('Leader', null),
    jobTitle: titleArbitrary,
    companyName: companyArbitrary,
    location: fc.constantFrom('London, United Kingdom', 'Kraków', null),
    summary: fc.constantFrom('Builds things.\nLeads teams.', null),
    emails: fc.array(emailArbitrary, { maxLength: 4 }),
    phones: fc.array(phoneArbitrary, { maxLength: 3 }),
    socialUrls: fc.record(
      {
        linkedin: urlArbitrary,
        twitter: urlArbitrary,
        github: urlArbitrary,
        website: urlArbitrary,
      },
      { requiredKeys: [] },
    ),
    workHistory: fc.array(positionArbitrary, { maxLength: 5 }),
    education: fc.array(educationArbitrary, { maxLength: 3 }),
    tags: fc.array(fc.constantFrom('python', 'Python', 'leadership', 'Zürich'), { maxLength: 4 }),
    variables: fc.record(
      {
        custom_1: fc.constantFrom('Ada Byron', ''),
        custom_list_1: fc.array(fc.constantFrom('https://zoe.example/talks', 'not a url'), {
          maxLength: 2,
        }),
        custom_9: fc.constant('unmapped'),
      },
      { requiredKeys: [] },
    ),
  })
  .map((input) => personSchema.safeParse(input))
  .filter((result) => result.success)
  .map((result) => result.data as Person)

const settingsArbitrary: fc.Arbitrary<SettingsDocument> = fc
  .record({
    protectedFields: fc.subarray([
      'firstName',
      'currentTitle',
      'currentCompany',
      'emailAddresses',
      'positions',
      'tags',
      'biography',
    ]),
    updateFullHistory: fc.boolean(),
    headlineTarget: fc.constantFrom(null, 'tags', 'nickName'),
  })
  .map(({ protectedFields, updateFullHistory, headlineTarget }) => {
    const settings = defaultSettings()
    settings.sync.protectedFields = protectedFields
    settings.sync.mandatoryFields = []
    settings.general.updateFullHistory = updateFullHistory
    settings.fieldMapping.stringVariables.headline = headlineTarget
    settings.fieldMapping.stringVariables.custom_1 = 'assistantName'
    settings.fieldMapping.listVariables.custom_list_1 = ['webSites']
    return settings
  })

function draftOf(person: Person, settings: SettingsDocument): PersonDraft {
  return mapPersonToDraft(person, {}, settings.fieldMapping, catalogue, {
    defaultPhoneCountry: 'GB',
  })
}

/** A CRM record made from another person, so values overlap with the draft in realistic ways. */
const existingArbitrary: fc.Arbitrary<CrmPersonSnapshot | null> = fc.option(
  fc.tuple(personArbitrary, settingsArbitrary).map(([person, settings]) => {
    const plan = planSync({ draft: draftOf(person, settings), existing: null, settings, notes: [] })
    return applyPlan(null, plan, 'crm_existing')
  }),
)

describe('planning properties', () => {
  it('never overwrites protected values', () => {
    fc.assert(
      fc.property(
        personArbitrary,
        settingsArbitrary,
        existingArbitrary,
        (person, settings, existing) => {
          const plan = planSync({ draft: draftOf(person, settings), existing, settings, notes: [] })
          const kept = settings.sync.protectedFields.filter((key) =>
            hasValue(existing?.values[key]),
          )

          for (const operation of plan.operations) {
            if (operation.kind === 'update_person') {
              expect(Object.keys(operation.fields).filter((key) => kept.includes(key))).toEqual([])
            }
            if (operation.kind === 'add_entry') {
              expect(kept).not.toContain(operation.field)
            }
          }

          // A current position also sets the current title and company, so
          // the CRM as it would be afterwards must still show the protected ones.
          const after = applyPlan(existing, plan)
          for (const key of kept) {
            expect(comparable(after?.values[key])).toEqual(comparable(existing?.values[key]))
          }
        },
      ),
    )
  })

  it('applies to a fixed point', () => {
    fc.assert(
      fc.property(
        personArbitrary,
        settingsArbitrary,
        existingArbitrary,
        (person, settings, existing) => {
          const draft = draftOf(person, settings)
          const plan = planSync({ draft, existing, settings, notes: [] })

          const after = applyPlan(existing, plan)
          const again = planSync({ draft, existing: after, settings, notes: [] })

          expect(again.operations).toEqual([])
        },
      ),
    )
  })

  it('maps deterministically', () => {
    fc.assert(
      fc.property(personArbitrary, settingsArbitrary, (person, settings) => {
        expect(draftOf(structuredClone(person), settings)).toEqual(draftOf(person, settings))
      }),
    )
  })

  it('drops nothing without a reason', () => {
    fc.assert(
      fc.property(personArbitrary, settingsArbitrary, (person, settings) => {
        const draft = draftOf(person, settings)
        const droppedSources = new Set(draft.dropped.map((dropped) => dropped.source))
        const draftText = foldForComparison(JSON.stringify(draft.values)) ?? ''

        for (const group of listPersonSources(person)) {
          for (const path of group.paths) {
            if (droppedSources.has(path)) continue
            const forms = comparableForms(readPath(person, path))
            expect({ path, found: forms.some((form) => draftText.includes(form)) }).toEqual({
              path,
              found: true,
            })
          }
        }
      }),
    )
  })
})

function readPath(person: Person, path: string): string {
  let value: unknown = person
  for (const part of path.split('.')) {
    value =
      part === 'variables' ||
      !(
        value &&
        typeof value === 'object' &&
        'variables' in value &&
        part in (value as Person).variables
      )
        ? (value as Record<string, unknown>)[part]
        : (value as Person).variables[part]
  }

  if (value && typeof value === 'object') {
    const entry = value as Record<string, unknown>
    return String(entry.address ?? entry.number ?? entry.title ?? entry.companyName ?? entry.school)
  }
  return String(value)
}

function comparableForms(raw: string): string[] {
  const forms = [
    raw,
    normalizeEmail(raw),
    normalizePhone(raw, 'GB')?.value,
    normalizeLinkedInUrl(raw),
    normalizeUrl(raw),
  ]
  return forms
    .filter((form): form is string => typeof form === 'string' && form !== '')
    .map((form) => foldForComparison(JSON.stringify(form).slice(1, -1)) ?? '')
    .filter((form) => form !== '')
}

function comparable(value: FieldValue | undefined): unknown {
  return typeof value?.value === 'string' ? normalizeText(value.value) : value
}
