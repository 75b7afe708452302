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
    super(
      `Person ${platformPersonId} was not synced: the mandatory fields ${fields.join(', ')} have no value.`,
    )
    this.name = 'MandatoryFieldsMissingError'
    this.fields = fields
  }
}
