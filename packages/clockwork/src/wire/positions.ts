import { z } from 'zod'

import { clockworkIdSchema } from './common.js'
import { personPositionSchema } from './person.js'

const monthSchema = z.number().int().min(1).max(12)
const yearSchema = z.number().int().min(1900).max(2200)

/** Body of `POST /people/{id}/positions`; at least one field must be set. */
export const addPersonPositionRequestSchema = z.object({
  position: z
    .object({
      title: z.string().optional(),
      startMonth: monthSchema.optional(),
      startYear: yearSchema.optional(),
      endMonth: monthSchema.optional(),
      endYear: yearSchema.optional(),
      companyId: clockworkIdSchema.optional(),
      companyName: z.string().optional(),
    })
    .refine((fields) => Object.values(fields).some((value) => value !== undefined), {
      message: 'a position needs at least one field',
    }),
})

/** Response of `POST /people/{id}/positions`. */
export const addPersonPositionResponseSchema = z.object({ position: personPositionSchema })

/** Body of `POST /people/{id}/positions`. */
export type AddPersonPositionRequest = z.infer<typeof addPersonPositionRequestSchema>
/** Response of `POST /people/{id}/positions`. */
export type AddPersonPositionResponse = z.infer<typeof addPersonPositionResponseSchema>
