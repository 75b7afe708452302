/**
 * Fictional people shared by the tests and the planning benchmark. Every
 * name, address and number here is invented. Phone numbers come from the
 * ranges Ofcom reserves for drama (020 7946 0xxx) and the US 555-01xx range.
 */
import { personSchema, type Person, type PersonInput } from '../src/schemas/person.js'
import { defaultSettings, type SettingsDocument } from '../src/settings/schema.js'

/** Builds a person with a few values of every kind. */
export function makePerson(overrides: Partial<PersonInput> = {}): Person {
  return personSchema.parse({
    id: 'p_zoe',
    firstName: 'Zoë',
    lastName: "O'Brien-Łukasik",
    headline: 'Engineering leader',
    jobTitle: 'VP Engineering',
    companyName: 'Northwind Analytics',
    location: 'London, United Kingdom',
    summary: 'Builds data platforms.\nMentors engineers.',
    emails: [
      { address: 'Zoe.OBrien@Northwind.example', type: 'work' },
      { address: 'zoe@home.example', type: 'personal' },
    ],
    phones: [{ number: '020 7946 0123', type: 'mobile' }],
    socialUrls: {
      linkedin: 'https://uk.linkedin.com/in/Zoe-OBrien/?trk=profile',
      github: 'http://GitHub.com/zoe-ob/',
    },
    workHistory: [
      {
        title: 'VP Engineering',
        companyName: 'Northwind Analytics',
        startDate: '2021-03',
        current: true,
      },
      {
        title: 'Engineering Manager',
        companyName: 'Contoso Data',
        startDate: '2016-09',
        endDate: '2021-02',
      },
    ],
    education: [
      {
        school: 'University of Leeds',
        degree: 'BSc',
        fieldOfStudy: 'Mathematics',
        startYear: 2008,
        endYear: 2011,
      },
    ],
    tags: ['python', 'leadership'],
    variables: { custom_1: 'Ada Byron', custom_list_1: ['https://zoe.example/talks'] },
    ...overrides,
  })
}

/**
 * Builds a realistic person for the benchmark: 10 positions, 3 educations,
 * 4 e-mails, 3 phones, the 4 social URLs and a custom URL list.
 */
export function makeRealisticPerson(): Person {
  const workHistory = Array.from({ length: 10 }, (_, index) => ({
    title: index === 0 ? 'Chief Technology Officer' : `Engineer level ${10 - index}`,
    companyName: `Fictional Company ${index}`,
    startDate: `${2024 - index * 2}-0${(index % 9) + 1}`,
    endDate: index === 0 ? null : `${2025 - index * 2}-0${(index % 9) + 1}`,
    current: index === 0,
    description: `Led team ${index} on invented products.`,
  }))

  return makePerson({
    id: 'p_wang',
    firstName: '小明',
    lastName: '王',
    jobTitle: 'Chief Technology Officer',
    companyName: 'Fictional Company 0',
    emails: [
      { address: 'xiaoming.wang@company0.example', type: 'work' },
      { address: 'xm@home.example', type: 'personal' },
      { address: 'wang@other.example', type: 'other' },
      { address: 'XiaoMing.Wang@Company0.example', type: 'work' },
    ],
    phones: [
      { number: '+44 20 7946 0001', type: 'work' },
      { number: '020 7946 0002', type: 'mobile' },
      { number: '+1 415 555 0100', type: 'home' },
    ],
    socialUrls: {
      linkedin: 'https://www.linkedin.com/in/xiaoming-wang',
      twitter: 'https://x.com/xmwang',
      github: 'https://github.com/xmwang',
      website: 'https://xmwang.example/',
    },
    workHistory,
    education: [
      {
        school: 'Fictional University',
        degree: 'PhD',
        fieldOfStudy: 'Physics',
        startYear: 2008,
        endYear: 2012,
      },
      {
        school: 'Invented College',
        degree: 'MSc',
        fieldOfStudy: 'Physics',
        startYear: 2006,
        endYear: 2008,
      },
      {
        school: 'Imaginary School',
        degree: null,
        fieldOfStudy: null,
        startYear: 2003,
        endYear: 2006,
      },
    ],
    tags: ['physics', 'platform'],
    variables: { custom_urls: ['https://talks.xmwang.example'] },
  })
}

/** Default settings, with a custom URL list mapped onto the web sites. */
export function makeSettings(
  change: (settings: SettingsDocument) => void = () => {},
): SettingsDocument {
  const settings = defaultSettings()
  settings.fieldMapping.stringVariables.custom_1 = 'assistantName'
  settings.fieldMapping.listVariables.custom_list_1 = ['webSites']
  settings.fieldMapping.listVariables.custom_urls = ['webSites']
  change(settings)
  return settings
}
