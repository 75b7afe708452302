export {
  FIELD_TYPES_BY_VARIABLE_KIND,
  fitsFieldType,
  variableKindOf,
  type MappingSection,
  type VariableKind,
} from './variable-kinds.js'
export { listMappingRows, type MappingRow } from './rows.js'
export { validateFieldMapping } from './validate-mapping.js'
export { validateSyncFieldLists } from './validate-sync-fields.js'
export {
  hasValue,
  isListValue,
  type AddressEntry,
  type ContactLocation,
  type DroppedValue,
  type EducationValue,
  type EmailEntry,
  type FieldValue,
  type FieldValues,
  type ListEntry,
  type ListFieldValue,
  type PersonDraft,
  type PhoneEntry,
  type PositionEntry,
} from './draft.js'
export {
  entriesMatch,
  entryIdentity,
  formatDate,
  matchKeyOf,
  matchKeysMatch,
  type MatchKey,
} from './entry-identity.js'
export { CURRENT_POSITION_FIELDS } from './history.js'
export { mapPersonToDraft, type MapPersonOptions } from './map-person.js'
export { findMissingMandatory } from './mandatory.js'
