import { z } from 'zod'

import { personPhoneNumberSchema, personLinkedinUrlSchema } from '../unconfirmed/items.js'
import { clockworkIdSchema } from './common.js'
import { personAddressSchema, personEmailSchema } from './person.js'

/**
 * Contact location sent on writes (`home`, `work`, `other` in the v1 API). Responses carry a
 * `locationTypeId` instead, and how the two map is not documented.
 */
export const contactLocationSchema = z.string()

/** Body of `POST /people/{id}/addresses`; integrations in use require city and state. */
export const addPersonAddressRequestSchema = z.object({
  address: z.object({
    street: z.string().optional(),
    street_2: z.string().optional(),
    city: z.string(),
    state: z.string(),
    postalCode: z.string().optional(),
    country: z.string().optional(),
    location: contactLocationSchema.optional(),
    region_id: clockworkIdSchema.optional(),
  }),
})

/** Response of `POST /people/{id}/addresses`. */
export const addPersonAddressResponseSchema = z.object({ personAddress: personAddressSchema })

/** Body of `POST /people/{id}/email_addresses`. */
export const addPersonEmailRequestSchema = z.object({
  email: z.object({
    address: z.string(),
    location: contactLocationSchema.optional(),
  }),
})

/** Response of `POST /people/{id}/email_addresses`. */
export const addPersonEmailResponseSchema = z.object({ personEmailAddress: personEmailSchema })

/** Body of `POST /people/{id}/phone_numbers`. */
export const addPersonPhoneNumberRequestSchema = z.object({
  phone_number: z.object({
    digits: z.string(),
    extension: z.string().optional(),
    location: contactLocationSchema.optional(),
  }),
})

/** Response of `POST /people/{id}/phone_numbers`. */
export const addPersonPhoneNumberResponseSchema = z.object({
  personPhoneNumber: personPhoneNumberSchema,
})

/** Body of `POST /people/{id}/linkedin_urls`. */
export const addPersonLinkedinUrlRequestSchema = z.object({
  linkedin_url: z.object({ url: z.string() }),
})

/** Response of `POST /people/{id}/linkedin_urls`. */
export const addPersonLinkedinUrlResponseSchema = z.object({
  personLinkedinUrl: personLinkedinUrlSchema,
})

/** Body of `POST /people/{id}/addresses`. */
export type AddPersonAddressRequest = z.infer<typeof addPersonAddressRequestSchema>
/** Body of `POST /people/{id}/email_addresses`. */
export type AddPersonEmailRequest = z.infer<typeof addPersonEmailRequestSchema>
/** Body of `POST /people/{id}/phone_numbers`. */
export type AddPersonPhoneNumberRequest = z.infer<typeof addPersonPhoneNumberRequestSchema>
/** Body of `POST /people/{id}/linkedin_urls`. */
export type AddPersonLinkedinUrlRequest = z.infer<typeof addPersonLinkedinUrlRequestSchema>
/** Response of `POST /people/{id}/addresses`. */
export type AddPersonAddressResponse = z.infer<typeof addPersonAddressResponseSchema>
/** Response of `POST /people/{id}/email_addresses`. */
export type AddPersonEmailResponse = z.infer<typeof addPersonEmailResponseSchema>
/** Response of `POST /people/{id}/phone_numbers`. */
export type AddPersonPhoneNumberResponse = z.infer<typeof addPersonPhoneNumberResponseSchema>
/** Response of `POST /people/{id}/linkedin_urls`. */
export type AddPersonLinkedinUrlResponse = z.infer<typeof addPersonLinkedinUrlResponseSchema>
