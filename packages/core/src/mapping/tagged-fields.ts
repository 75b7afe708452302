import { findField } from '../catalogue/clockwork.js'
import type { FieldDefinition } from '../catalogue/field.js'
import type { TaggedFields } from '../schemas/event.js'
import { convertText, type Conversion } from './convert-value.js'
import type { DraftBuilder } from './draft-builder.js'
import type { FieldValue, ListEntry } from './draft.js'
import type { MapPersonOptions } from './map-person.js'

type TaggedValue = TaggedFields[string]

/**
 * Puts a recruiter's tagged values into the draft. A valid tagged value
 * replaces what the mapping put into that field, list fields included. A tagged field that is not
 * displayed, not in the catalogue or read-only is dropped, and so is each
 * tagged value that does not fit its field; when none fits, the mapped
 * value stays.
 */
export function applyTaggedFields(
  builder: DraftBuilder,
  taggedFields: TaggedFields,
  catalogue: readonly FieldDefinition[],
  options: MapPersonOptions,
): void {
  const displayed = new Set(options.displayedFields ?? [])

  for (const [key, tagged] of Object.entries(taggedFields)) {
    const source = `taggedFields.${key}`
    const field = findField(catalogue, key)

    if (!displayed.has(key)) {
      builder.drop(source, `"${key}" is not a displayed field, so recruiters cannot set it`)
    } else if (field === undefined) {
      builder.drop(source, `"${key}" is not a field of the CRM`)
    } else if (!field.writable) {
      builder.drop(source, `"${key}" is read-only in the CRM`)
    } else {
      replaceWithTagged(builder, field, tagged, source, options)
    }
  }
}

function replaceWithTagged(
  builder: DraftBuilder,
  field: FieldDefinition,
  tagged: TaggedValue,
  source: string,
  options: MapPersonOptions,
): void {
  const items = Array.isArray(tagged) ? tagged : [tagged]
  if (field.single && items.length !== 1) {
    builder.drop(source, `"${field.key}" holds one value, but ${items.length} were given`)
    return
  }

  const accepted: (FieldValue | ListEntry)[] = []
  items.forEach((item, index) => {
    const itemSource = Array.isArray(tagged) ? `${source}.${index}` : source
    const conversion = convertTagged(field, item, options)

    if (conversion.kind === 'scalar') accepted.push(conversion.value)
    else if (conversion.kind === 'entry') accepted.push(conversion.item)
    else builder.drop(itemSource, conversion.reason)
  })

  // NOTE: tagged values of a list field replace the mapped entries instead of adding
  // to them. Whether recruiters expect to keep the person's own tags is not settled.
  if (accepted.length > 0) builder.replace(field, accepted, source)
}

function convertTagged(
  field: FieldDefinition,
  item: string | boolean,
  options: MapPersonOptions,
): Conversion {
  if (typeof item === 'string') {
    return convertText(field, item, { defaultPhoneCountry: options.defaultPhoneCountry })
  }
  if (field.type === 'boolean') return { kind: 'scalar', value: { type: 'boolean', value: item } }
  return {
    kind: 'invalid',
    reason: `is a yes/no value, but "${field.key}" is a ${field.type} field`,
  }
}
