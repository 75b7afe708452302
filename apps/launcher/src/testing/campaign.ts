/** Steps of the scripted campaign, in the order they happen. */
export const CAMPAIGN_STEPS = ['add', 'email', 'linkedin', 'reply', 'interested'] as const

/** One step of {@link CAMPAIGN_STEPS}. */
export type CampaignStep = (typeof CAMPAIGN_STEPS)[number]

/** The platform person fields the end-to-end test sets and reads back. */
export interface PlatformPerson {
  id: string
  firstName: string
  lastName: string
  jobTitle: string
  companyName: string
  summary: string
  emails: { address: string; type: 'work' | 'personal' }[]
  phones: { number: string; type: 'mobile' }[]
  socialUrls: { linkedin: string }
  workHistory: {
    title: string
    companyName: string
    startDate: string
    endDate: string | null
    current: boolean
  }[]
  tags: string[]
}

/** Builds a fictional person; `email` replaces the generated address to match a CRM record. */
export function fictionalPerson(id: string, index: number, email?: string): PlatformPerson {
  const handle = `${id.replace(/_/g, '-')}`
  return {
    id,
    firstName: 'Odalys',
    lastName: `Fenwright${index}`,
    jobTitle: 'Director of Platform',
    companyName: `Harrowgate Systems ${index}`,
    summary: `Platform summary of ${id}.`,
    emails: [{ address: email ?? `${handle}@example.com`, type: 'work' }],
    phones: [{ number: `+44 20 7946 ${String(1000 + index)}`, type: 'mobile' }],
    socialUrls: { linkedin: `https://www.linkedin.com/in/${handle}` },
    workHistory: [
      {
        title: 'Director of Platform',
        companyName: `Harrowgate Systems ${index}`,
        startDate: '2022-01',
        endDate: null,
        current: true,
      },
      {
        title: 'Platform Engineer',
        companyName: `Kestrel Byte ${index}`,
        startDate: '2017-05',
        endDate: '2021-12',
        current: false,
      },
    ],
    tags: ['e2e-campaign'],
  }
}

/** Ids and team of the campaign the events belong to. */
export interface CampaignContext {
  teamId: string
  userId: string
  campaignId: string
  /** Time of the first event; each later step happens ten minutes after the one before. */
  startedAt: Date
}

/** Builds the signed-event bodies of one person's campaign, keyed by step. */
export function campaignEvents(
  context: CampaignContext,
  person: PlatformPerson,
): Record<CampaignStep, Record<string, unknown>> {
  const at = (step: number) => new Date(context.startedAt.getTime() + step * 600_000).toISOString()
  const base = (step: CampaignStep, index: number) => ({
    id: `evt_${context.campaignId}_${person.id}_${step}`,
    occurredAt: at(index),
    teamId: context.teamId,
    userId: context.userId,
    campaign: { id: context.campaignId, name: `Campaign ${context.campaignId}` },
    person,
  })

  return {
    add: { ...base('add', 0), type: 'person.added_to_campaign' },
    email: {
      ...base('email', 1),
      type: 'outreach.sent',
      outreach: { channel: 'email', step: 1, subject: 'A platform role', body: 'Hello there.' },
    },
    linkedin: {
      ...base('linkedin', 2),
      type: 'outreach.sent',
      outreach: { channel: 'linkedin_message', step: 2, body: 'Following up here.' },
    },
    reply: {
      ...base('reply', 3),
      type: 'person.replied',
      outreach: { channel: 'email', step: 1, body: 'Happy to talk.' },
    },
    interested: { ...base('interested', 4), type: 'person.interested' },
  }
}
