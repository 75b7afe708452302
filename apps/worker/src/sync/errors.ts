import { CLOCKWORK_PERSON_FIELDS } from '@talent-sync/core'

const fieldLabels = new Map(CLOCKWORK_PERSON_FIELDS.map((field) => [field.key, field.label]))

/**
 * Mandatory fields have no value in the person or the CRM, so nothing was
 * written. Retrying cannot help until the person or the settings change.
 */
export class MandatoryFieldsMissingError extends Error {
  /** Stable code of this error. */
  readonly code = 'mandatory_fields_missing'
  /** Catalogue keys of the fields without a value. */
  readonly fields: readonly string[]

  constructor(platformPersonId: string, fields: readonly string[]) {
    // The message reaches the activity feed, so it names fields as the settings screens do.
    const labels = fields.map((key) => fieldLabels.get(key) ?? key)
    super(
      `Person ${platformPersonId} was not synced: the mandatory fields ${labels.join(', ')} have no value.`,
    )
    this.name = 'MandatoryFieldsMissingError'
    this.fields = fields
  }
}
