import { formatDate, type FieldValue, type PositionEntry } from '@talent-sync/core'

/**
 * Formats a planned CRM field value for people: text as is, lists joined
 * with commas, positions as "title at company (start–end)". `null` reads
 * as "(empty)".
 */
export function formatFieldValue(value: FieldValue | null | undefined): string {
  if (!value) return '(empty)'

  switch (value.type) {
    case 'text':
    case 'long_text':
    case 'choice':
      return value.value
    case 'boolean':
      return value.value ? 'Yes' : 'No'
    case 'url_list':
    case 'tags':
      return joinOrEmpty(value.value)
    case 'email_list':
      return joinOrEmpty(value.value.map((entry) => `${entry.address} (${entry.location})`))
    case 'phone_list':
      return joinOrEmpty(
        value.value.map((entry) =>
          entry.extension ? `${entry.number} ext. ${entry.extension}` : entry.number,
        ),
      )
    case 'address_list':
      return joinOrEmpty(value.value.map((entry) => entry.formatted))
    case 'positions':
      return joinOrEmpty(value.value.map(formatPosition))
    case 'educations':
      return joinOrEmpty(
        value.value.map((entry) =>
          [entry.schoolName, entry.degree, entry.fieldOfStudy].filter(Boolean).join(', '),
        ),
      )
  }
}

function formatPosition(position: PositionEntry): string {
  const role = [position.title, position.companyName].filter(Boolean).join(' at ')
  const end = position.current ? 'now' : formatDate(position.end)
  const period = [formatDate(position.start), end].filter(Boolean).join('–')
  return period ? `${role} (${period})` : role
}

function joinOrEmpty(items: string[]): string {
  return items.length === 0 ? '(empty)' : items.join(', ')
}
