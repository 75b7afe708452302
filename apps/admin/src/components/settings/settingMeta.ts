import type { OutreachType, SettingKey, SocialKind, SyncTrigger } from '@talent-sync/core'

/** Label and one line of help of a setting, as the settings screen shows them. */
export interface SettingMeta {
  label: string
  help: string
}

/** Label and help of every setting. */
export const SETTING_META: Record<SettingKey, SettingMeta> = {
  'general.doNotMerge': {
    label: 'Do not merge with existing contacts',
    help: 'On: every push creates a new CRM person, even when one already matches. Off: match first.',
  },
  'general.updateFullHistory': {
    label: 'Update full work and education history',
    help: 'On: a re-sync adds every position and education the CRM lacks. Off: only the current position.',
  },
  'general.displayedCompanyInfo': {
    label: 'Displayed company info',
    help: 'Company facts the browser extension shows beside a person.',
  },
  'general.companyWarning': {
    label: 'Displayed company warning',
    help: 'Warns when the CRM holds several companies with the same or a similar name.',
  },
  'general.createNotesUpon': {
    label: 'Create notes upon',
    help: 'Outreach types that write a note on the CRM person, each note once.',
  },
  'sync.onlyNotesForSyncedRecords': {
    label: 'Only add notes to synced records',
    help: 'On: no note until talent-sync has pushed the person. Off: notes also go to a matching CRM record.',
  },
  'sync.syncOn': {
    label: 'When adding to a campaign, sync',
    help: 'The moment a person added to a campaign is pushed to the CRM.',
  },
  'sync.backfillNotesOnFirstSync': {
    label: 'Backfill earlier notes on first sync',
    help: 'On: the first push also writes the notes of earlier chosen outreach, oldest first.',
  },
  'sync.displayedFields': {
    label: 'Displayed fields',
    help: 'CRM fields a recruiter may fill in when pushing a person by hand.',
  },
  'sync.mandatoryFields': {
    label: 'Mandatory fields',
    help: 'CRM fields that must have a value; a push without them is rejected and written nowhere.',
  },
  'sync.protectedFields': {
    label: 'Protected fields',
    help: 'CRM fields never overwritten on an existing record; they are filled only when empty.',
  },
  'sync.filterableFields': {
    label: 'Filterable fields',
    help: 'CRM fields offered as filters when searching the CRM.',
  },
  'fieldMapping.stringVariables': {
    label: 'String variables',
    help: 'Each platform variable that holds one value goes to at most one CRM field.',
  },
  'fieldMapping.listVariables': {
    label: 'List variables',
    help: 'Each platform list (e-mails, phones, tags, history) goes to one or more CRM fields.',
  },
  'fieldMapping.socialUrls': {
    label: 'Social URLs',
    help: 'Each social profile address goes to the matching CRM field.',
  },
}

/** Labels of the outreach types that can write notes. */
export const OUTREACH_TYPE_LABELS: Record<OutreachType, string> = {
  email: 'E-mail sent',
  linkedin_connection: 'LinkedIn connection request',
  linkedin_message: 'LinkedIn message',
  linkedin_inmail: 'LinkedIn InMail',
  call: 'Call',
  sms: 'SMS',
  reply: 'Reply received',
  interested: 'Marked interested',
}

/** Labels of the sync triggers. */
export const SYNC_TRIGGER_LABELS: Record<SyncTrigger, string> = {
  add: 'On add to the campaign',
  reply: 'On reply',
  interested: 'When marked interested',
}

/** Labels of the company facts the extension can show. */
export const COMPANY_INFO_LABELS: Record<string, string> = {
  name: 'Name',
  website: 'Website',
  location: 'Location',
  industry: 'Industry',
  size: 'Size',
  crmLink: 'Link to the CRM company',
}

/** Labels of the company warning modes. */
export const COMPANY_WARNING_LABELS: Record<string, string> = {
  off: 'Off',
  exact: 'Exact duplicates only',
  similar: 'Similar names above a threshold',
}

/** Labels of the platform's social profile kinds. */
export const SOCIAL_KIND_LABELS: Record<SocialKind, string> = {
  linkedin: 'LinkedIn',
  twitter: 'X / Twitter',
  github: 'GitHub',
  website: 'Personal website',
}

/** Labels of the built-in platform variables; custom variables show their own name. */
export const VARIABLE_LABELS: Record<string, string> = {
  firstName: 'First name',
  lastName: 'Last name',
  headline: 'Headline',
  jobTitle: 'Job title',
  companyName: 'Company name',
  companyDomain: 'Company domain',
  location: 'Location',
  summary: 'Summary',
  emails: 'E-mails',
  phones: 'Phones',
  tags: 'Tags',
  workHistory: 'Work history',
  education: 'Education',
}
