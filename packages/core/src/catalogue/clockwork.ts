import type { FieldDefinition, FieldType } from './field.js'
import { SINGLE_VALUE_TYPES, fieldCatalogueSchema } from './field.js'

type Capability = 'mandatory' | 'protected' | 'displayed' | 'filtered'

function field(
  key: string,
  label: string,
  type: FieldType,
  capabilities: Capability[],
  help: string,
  writable = true,
): FieldDefinition {
  return {
    key,
    label,
    type,
    single: SINGLE_VALUE_TYPES.includes(type),
    canBeMandatory: capabilities.includes('mandatory'),
    canBeProtected: capabilities.includes('protected'),
    canBeDisplayed: capabilities.includes('displayed'),
    canBeFiltered: capabilities.includes('filtered'),
    writable,
    help,
  }
}

const ALL: Capability[] = ['mandatory', 'protected', 'displayed', 'filtered']

/**
 * The Clockwork person fields talent-sync knows, before the firm's own tag
 * and status values are added. `currentTitle` and `currentCompany` are
 * written as the person's current position.
 */
export const CLOCKWORK_PERSON_FIELDS: readonly FieldDefinition[] = fieldCatalogueSchema.parse([
  field('firstName', 'First name', 'text', ALL, 'Given name of the person.'),
  field('lastName', 'Last name', 'text', ALL, 'Family name of the person.'),
  field('nickName', 'Nickname', 'text', ['protected', 'displayed'], 'Name the person goes by.'),
  field('currentTitle', 'Current title', 'text', ALL, 'Job title of the current position.'),
  field('currentCompany', 'Current company', 'text', ALL, 'Employer of the current position.'),
  field(
    'biography',
    'Biography',
    'long_text',
    ['mandatory', 'protected', 'displayed'],
    'Free-text profile summary.',
  ),
  field(
    'assistantName',
    'Assistant name',
    'text',
    ['protected', 'displayed'],
    'Name of the assistant who handles contact.',
  ),
  field('skypeName', 'Skype name', 'text', ['protected', 'displayed'], 'Skype account name.'),
  field(
    'doNotContact',
    'Do not contact',
    'boolean',
    ['protected', 'displayed'],
    'Marks the person as not to be contacted.',
  ),
  field(
    'noRelocation',
    'No relocation',
    'boolean',
    ['protected', 'displayed'],
    'Marks the person as unwilling to relocate.',
  ),
  field('emailAddresses', 'E-mail addresses', 'email_list', ALL, 'Work and personal e-mails.'),
  field('phoneNumbers', 'Phone numbers', 'phone_list', ALL, 'Phone numbers, in E.164 if known.'),
  field('linkedinUrls', 'LinkedIn URLs', 'url_list', ALL, 'LinkedIn profile addresses.'),
  field(
    'webSites',
    'Web sites',
    'url_list',
    ['mandatory', 'protected', 'displayed'],
    'Personal sites and other social profiles.',
  ),
  field(
    'addresses',
    'Addresses',
    'address_list',
    ['mandatory', 'protected', 'displayed', 'filtered'],
    'Where the person lives or works.',
  ),
  field(
    'positions',
    'Positions',
    'positions',
    ['mandatory', 'protected'],
    'Work history, one entry per job.',
  ),
  field(
    'educations',
    'Education',
    'educations',
    ['mandatory', 'protected'],
    'Schools, degrees and years.',
  ),
  field('tags', 'Tags', 'tags', ALL, "Labels from the firm's tag list."),
  // NOTE: Clockwork keeps statuses on candidacies (a person in a project), and no public API
  // is known to set one from a person, so the status is offered as a search filter only.
  field(
    'status',
    'Candidate status',
    'choice',
    ['filtered'],
    'Candidate status in a project.',
    false,
  ),
])

/** Values that differ per firm and come from the CRM at run time. */
export interface FirmValues {
  /** Names of the firm's tags. */
  tags?: readonly string[]
  /** Names of the firm's candidate statuses. */
  statuses?: readonly string[]
}

/**
 * Builds the field catalogue of one firm: the known Clockwork person fields
 * with the firm's tags and statuses as the options of the `tags` and
 * `status` fields. Options are de-duplicated case-insensitively and sorted.
 *
 * @example
 * const catalogue = buildFieldCatalogue({ tags: ['Board', 'Tech'], statuses: ['Placed'] })
 */
export function buildFieldCatalogue(firm: FirmValues = {}): FieldDefinition[] {
  return CLOCKWORK_PERSON_FIELDS.map((definition) => {
    if (definition.key === 'tags') return { ...definition, options: uniqueSorted(firm.tags ?? []) }
    if (definition.key === 'status') {
      return { ...definition, options: uniqueSorted(firm.statuses ?? []) }
    }
    return { ...definition }
  })
}

function uniqueSorted(values: readonly string[]): string[] {
  const byLowerCase = new Map<string, string>()
  for (const value of values) {
    const trimmed = value.trim()
    if (trimmed && !byLowerCase.has(trimmed.toLowerCase())) {
      byLowerCase.set(trimmed.toLowerCase(), trimmed)
    }
  }
  return [...byLowerCase.values()].sort((a, b) => a.localeCompare(b))
}

/** Looks up a field definition by key; `undefined` when the catalogue has none. */
export function findField(
  catalogue: readonly FieldDefinition[],
  key: string,
): FieldDefinition | undefined {
  return catalogue.find((definition) => definition.key === key)
}
