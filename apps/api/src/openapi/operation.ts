import type { z } from 'zod'

/** Authentication scheme of an operation. */
export type OperationAuth = 'none' | 'signature' | 'user' | 'admin'

/** One response of an operation. */
export interface ResponseSpec {
  description: string
  schema?: z.ZodType
}

/**
 * The description of one API operation, kept beside its handler and
 * assembled into the OpenAPI document. Paths use OpenAPI's `{name}` form.
 */
export interface OperationSpec {
  method: 'get' | 'post' | 'put' | 'delete'
  path: string
  summary: string
  tag: string
  auth: OperationAuth
  /** Schema of the JSON request body. */
  body?: z.ZodType
  /** Schema of the query string: an object whose keys are the parameters. */
  query?: z.ZodObject
  /** Successful responses by status; the error responses of `auth` are added. */
  responses: Record<number, ResponseSpec>
  /** Error codes this operation may return beyond the ones every call shares. */
  errors?: number[]
}
