import type { RawPersonDetail } from '../unconfirmed/person.js'

/** Fictional person in Clockwork's wire form, with every collection empty (`null`). */
export function rawPersonFixture(overrides: Partial<RawPersonDetail> = {}): RawPersonDetail {
  return {
    id: '6f1c2f0e-8f3a-4c55-9a43-2d1f7e0b9a11',
    name: 'Ada Quill',
    firstName: 'Ada',
    lastName: 'Quill',
    createdAt: '2025-02-01 09:30:00',
    updatedAt: '2025-02-03 17:05:59',
    loadedAt: '2025-02-03 17:05:59',
    lastImportedUpdatedAt: null,
    mostRecentNoteUpdatedAt: null,
    doNotContact: false,
    noRelocation: false,
    assistantName: '',
    assistant: null,
    user: null,
    preferredEmailAddress: null,
    preferredWebSite: null,
    preferredLinkedinUrl: null,
    preferredImAccount: null,
    preferredPhoneNumber: null,
    preferredAddress: null,
    positions: null,
    compensation: null,
    addresses: null,
    emails: null,
    schools: null,
    phoneNumbers: null,
    tags: null,
    notes: null,
    linkedinUrls: null,
    webSites: null,
    ...overrides,
  }
}
