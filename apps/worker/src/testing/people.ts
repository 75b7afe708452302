import type { OutreachChannel, PlatformEvent } from '@talent-sync/core'
import { eventSchema } from '@talent-sync/core'

const FIRST_NAMES = [
  'Ada',
  'Bram',
  'Cleo',
  'Dario',
  'Esme',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
]
const LAST_NAMES = ['Quillfeather', 'Marrow', 'Thistlewood', 'Penhallow', 'Vantongeren', 'Oakridge']
const COMPANIES = ['Brightwater Analytics', 'Copperleaf Labs', 'Northwind Robotics', 'Lumen Harbor']

/** Builds a fictional platform person, the same for the same index and tag. */
export function fictionalPerson(index: number, tag = 'p') {
  const firstName = FIRST_NAMES[index % FIRST_NAMES.length]!
  const lastName = `${LAST_NAMES[index % LAST_NAMES.length]!}${index}`
  const company = COMPANIES[index % COMPANIES.length]!
  const handle = `${firstName}-${lastName}-${tag}`.toLowerCase()

  return {
    id: `${tag}_${index}`,
    firstName,
    lastName,
    jobTitle: 'Head of Data',
    companyName: company,
    location: 'London, United Kingdom',
    emails: [{ address: `${handle}@example.com`, type: 'work' as const }],
    phones: [
      {
        number: `+44 20 7946 ${String(1000 + (index % 9000)).padStart(4, '0')}`,
        type: 'mobile' as const,
      },
    ],
    socialUrls: { linkedin: `https://www.linkedin.com/in/${handle}` },
    workHistory: [
      {
        title: 'Head of Data',
        companyName: company,
        startDate: '2021-03',
        endDate: null,
        current: true,
      },
      {
        title: 'Data Engineer',
        companyName: 'Fernhill Systems',
        startDate: '2016-09',
        endDate: '2021-02',
        current: false,
      },
    ],
    tags: ['talent-sync-test'],
  }
}

/** Options of {@link makeEvent}. */
export interface EventOptions {
  id: string
  type?: PlatformEvent['type']
  occurredAt: string
  teamId: string
  userId: string
  person: ReturnType<typeof fictionalPerson>
  channel?: OutreachChannel
  step?: number
}

/** Builds a valid platform event for a fictional person. */
export function makeEvent(options: EventOptions): PlatformEvent {
  const type = options.type ?? 'person.added_to_campaign'
  const withOutreach = type === 'outreach.sent' || type === 'person.replied'

  return eventSchema.parse({
    id: options.id,
    type,
    occurredAt: options.occurredAt,
    teamId: options.teamId,
    userId: options.userId,
    campaign: { id: 'cmp_1', name: 'Head of Data, London' },
    ...(withOutreach
      ? {
          outreach: {
            channel: options.channel ?? 'email',
            step: options.step ?? 1,
            subject: `Step ${options.step ?? 1}`,
            body: 'Hello, would you be open to a chat about a new role?',
          },
        }
      : {}),
    person: options.person,
  })
}

/** Returns an ISO timestamp `minutes` after a fixed start, so event times are ordered and repeatable. */
export function minutesAfterStart(minutes: number): string {
  return new Date(Date.UTC(2026, 11, 1, 9, 0, 0) + minutes * 60_000).toISOString()
}
