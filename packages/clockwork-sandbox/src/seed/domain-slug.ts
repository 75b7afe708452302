import type { Faker } from '@faker-js/faker'

/** Turns a company name into a DNS label such as `northwind-traders-ltd`. */
export function domainSlug(faker: Faker, name: string): string {
  return faker.helpers
    .slugify(name)
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '')
    .replace(/-+/g, '-')
}
