/** The kinds of JSON document that {@link detectJsonKind} distinguishes. */
export type JsonKind = 'json-resume' | 'person-json' | 'unknown'

/** Top-level sections of the JSON Resume schema 1.x, as `@jsonresume/schema` defines them. */
const JSON_RESUME_SECTIONS = [
  'basics',
  'work',
  'volunteer',
  'education',
  'awards',
  'certificates',
  'publications',
  'skills',
  'languages',
  'interests',
  'references',
  'projects',
  'meta',
]

/** Fields that only a talent-sync person has at its top level. */
const PERSON_ONLY_FIELDS = ['id', 'firstName', 'lastName', 'emails', 'workHistory']

/**
 * Detects from its shape whether a parsed JSON document is a JSON Resume or
 * talent-sync person JSON. Arrays and `{ people: [...] }` are person JSON,
 * and so is an object with a field only a person has, such as `id` or
 * `firstName`. An object with a JSON Resume section such as `basics` or
 * `work` is a JSON Resume.
 */
export function detectJsonKind(value: unknown): JsonKind {
  if (Array.isArray(value)) return 'person-json'
  if (typeof value !== 'object' || value === null) return 'unknown'

  const keys = Object.keys(value)
  if (Array.isArray((value as { people?: unknown }).people)) return 'person-json'
  if (keys.some((key) => PERSON_ONLY_FIELDS.includes(key))) return 'person-json'
  if (keys.some((key) => JSON_RESUME_SECTIONS.includes(key))) return 'json-resume'
  return 'unknown'
}
