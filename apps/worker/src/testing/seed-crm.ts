import type { Harness } from './harness.js'
import { firmStore } from './crm-state.js'

/** Fields of a CRM person that a test sets; everything else starts empty. */
export interface SeedPerson {
  firstName: string
  lastName: string
  emails?: readonly string[]
  biography?: string | null
  nickName?: string | null
  skypeName?: string | null
  assistantName?: string
  doNotContact?: boolean
}

/** Adds a person straight to the sandbox firm of the harness, as if entered by hand, and returns its id. */
export function seedCrmPerson(harness: Harness, seed: SeedPerson): string {
  const store = firmStore(harness)
  const base = store.newBase()

  store.people.set(base.id, {
    ...base,
    firstName: seed.firstName,
    lastName: seed.lastName,
    name: `${seed.firstName} ${seed.lastName}`,
    nickName: seed.nickName ?? null,
    biography: seed.biography ?? null,
    assistantName: seed.assistantName ?? '',
    skypeName: seed.skypeName ?? null,
    doNotContact: seed.doNotContact ?? false,
    noRelocation: false,
    loadedAt: base.createdAt,
    addresses: [],
    emails: (seed.emails ?? []).map((address) => ({
      ...store.newBase(),
      address,
      location: 'work',
    })),
    phoneNumbers: [],
    linkedinUrls: [],
    webSites: [],
    positions: [],
    schools: [],
    tags: [],
  } as never)
  return base.id
}
