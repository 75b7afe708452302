/**
 * Fixed lists the seed draws from. Company families hold names that differ
 * only by case, legal suffix or punctuation, so duplicate-company warnings
 * have something to find.
 */

/** Groups of company names that normalize to the same or a similar name. */
export const NEAR_DUPLICATE_COMPANY_FAMILIES: readonly (readonly string[])[] = [
  ['Acme Ltd', 'ACME Limited', 'Acme', 'Acme Inc.'],
  ['Northwind Traders', 'Northwind Traders Ltd', 'NorthWind'],
  ['Globex Corporation', 'Globex Corp', 'GLOBEX'],
  ['Initech', 'Initech LLC', 'Initech, Inc.'],
  ['Umbrella Holdings plc', 'Umbrella Holdings'],
  ['Société Générale de Logiciels', 'Societe Generale de Logiciels SA'],
]

/** Regions that addresses refer to. */
export const REGION_NAMES: readonly string[] = [
  'North America',
  'Latin America',
  'UK & Ireland',
  'DACH',
  'Nordics',
  'Benelux',
  'France',
  'Southern Europe',
  'Central & Eastern Europe',
  'Middle East',
  'Africa',
  'APAC',
]

/** Firm tags a recruiter would put on candidates. */
export const TAG_NAMES: readonly string[] = [
  'Board Member',
  'CFO Track',
  'CTO Track',
  'Diverse Slate',
  'Fintech',
  'Healthcare',
  'PE-backed Experience',
  'Open to Relocation',
  'Turnaround',
  'Public Company Experience',
  'Non-Executive Director',
  'Former Client',
  'Referral',
  'Do Not Poach',
  'Climate Tech',
  'Consumer',
  'Industrial',
  'SaaS',
]

/** Schools the generated people attended. */
export const SCHOOL_NAMES: readonly string[] = [
  'London School of Economics',
  'University of Manchester',
  'INSEAD',
  'ETH Zürich',
  'Université Paris-Dauphine',
  'Universidad Complutense de Madrid',
  'Technische Universität München',
  'Stanford University',
  'University of Toronto',
  'Universidade de São Paulo',
  'University of Cape Town',
  'National University of Singapore',
  'Uniwersytet Warszawski',
  'Trinity College Dublin',
]

/** Degrees paired with the schools above. */
export const DEGREES: readonly string[] = ['BSc', 'BA', 'MSc', 'MBA', 'PhD', 'MEng', 'LLB']

/** Fields of study paired with the degrees above. */
export const FIELDS_OF_STUDY: readonly string[] = [
  'Economics',
  'Computer Science',
  'Finance',
  'Mechanical Engineering',
  'Law',
  'Business Administration',
  'Mathematics',
  'Chemistry',
  'Marketing',
]

/** Industries shown on seeded companies. */
export const INDUSTRIES: readonly string[] = [
  'Software',
  'Financial Services',
  'Healthcare',
  'Manufacturing',
  'Retail',
  'Energy',
  'Logistics',
  'Media',
]

/** Note kinds a recruiter writes. */
export const NOTE_TYPES: readonly string[] = ['Call', 'Email', 'Meeting', 'Follow Up', 'Overview']
