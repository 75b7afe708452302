/**
 * The parts of a JSON Resume document (jsonresume.org schema 1.x) that the
 * importer reads. Every field is optional in the schema, and validation
 * has checked the types before these are read.
 */
export interface JsonResumeDocument {
  basics?: JsonResumeBasics
  work?: JsonResumeWork[]
  education?: JsonResumeEducation[]
  skills?: JsonResumeSkill[]
}

/** `basics`: the person's name, contact details and profiles. */
export interface JsonResumeBasics {
  name?: string
  label?: string
  email?: string
  phone?: string
  url?: string
  summary?: string
  location?: { city?: string; region?: string; countryCode?: string }
  profiles?: { network?: string; username?: string; url?: string }[]
}

/** One `work` entry: a position at a company. */
export interface JsonResumeWork {
  name?: string
  position?: string
  url?: string
  startDate?: string
  endDate?: string
  summary?: string
  highlights?: string[]
}

/** One `education` entry. */
export interface JsonResumeEducation {
  institution?: string
  area?: string
  studyType?: string
  startDate?: string
  endDate?: string
}

/** One `skills` entry: a skill with keywords. */
export interface JsonResumeSkill {
  name?: string
  keywords?: string[]
}
