import { z } from 'zod'

import { SESSION_COOKIE } from '../auth/session-cookie.js'
import type { OperationAuth, OperationSpec } from './operation.js'

const errorBodySchema = z.object({
  error: z.object({
    code: z.string().describe('Stable machine-readable code, such as invalid_event.'),
    message: z.string(),
    errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    requestId: z.string().optional(),
  }),
})

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request; `errors` names each field at fault.',
  401: 'Not authenticated, or the signature is invalid or expired.',
  403: 'Authenticated, but not allowed (role or CSRF token).',
  404: 'Not found, or owned by another team.',
  409: 'Conflicts with the current state.',
  413: 'Body larger than 1 MiB.',
  422: 'Well-formed but rejected by a rule.',
  429: 'Too many attempts; retry after `Retry-After` seconds.',
  500: 'Unexpected server error; the body names the request id.',
}

const AUTH_ERRORS: Record<OperationAuth, number[]> = {
  none: [],
  signature: [401],
  user: [401, 403],
  admin: [401, 403],
}

const SECURITY: Record<OperationAuth, Record<string, string[]>[]> = {
  none: [],
  signature: [{ eventSignature: [] }],
  user: [{ sessionCookie: [] }, { bearerToken: [] }],
  admin: [{ sessionCookie: [] }, { bearerToken: [] }],
}

/** Information about the API for the document's `info` object. */
export interface ApiInfo {
  title: string
  version: string
  description: string
}

/** Converts a zod schema to JSON Schema (draft 2020-12, which OpenAPI 3.1 uses). */
function toSchema(schema: z.ZodType, io: 'input' | 'output'): Record<string, unknown> {
  const json = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as Record<string, unknown>
  delete json.$schema
  return json
}

/** Builds an id such as `postV1SettingsRollback` from the method and path. */
function operationId(operation: OperationSpec): string {
  const words = operation.path.split(/[^A-Za-z0-9]+/).filter((word) => word !== '')
  const capitalized = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1))
  return operation.method + capitalized.join('')
}

function describeOperation(operation: OperationSpec): Record<string, unknown> {
  const responses: Record<string, unknown> = {}
  for (const [status, response] of Object.entries(operation.responses)) {
    responses[status] = response.schema
      ? {
          description: response.description,
          content: { 'application/json': { schema: toSchema(response.schema, 'output') } },
        }
      : { description: response.description }
  }

  const errorStatuses = new Set([...AUTH_ERRORS[operation.auth], ...(operation.errors ?? []), 500])
  for (const status of [...errorStatuses].sort()) {
    responses[String(status)] = {
      description: ERROR_DESCRIPTIONS[status] ?? 'Error.',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
    }
  }

  const parameters = Object.entries(operation.query?.shape ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: !(schema as z.ZodType).safeParse(undefined).success,
    schema: toSchema(schema as z.ZodType, 'input'),
  }))
  for (const match of operation.path.matchAll(/\{(\w+)\}/g)) {
    parameters.push({
      name: match[1] ?? '',
      in: 'path',
      required: true,
      schema: { type: 'string' },
    })
  }

  return {
    operationId: operationId(operation),
    summary: operation.summary,
    tags: [operation.tag],
    security: SECURITY[operation.auth],
    ...(parameters.length > 0 ? { parameters } : {}),
    ...(operation.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: toSchema(operation.body, 'input') } },
          },
        }
      : {}),
    responses,
  }
}

/**
 * Assembles an OpenAPI 3.1 document from operation descriptions. Request
 * bodies are described as callers write them (zod input), responses as the
 * API sends them (zod output).
 */
export function buildOpenApiDocument(
  info: ApiInfo,
  operations: readonly OperationSpec[],
): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const operation of operations) {
    paths[operation.path] ??= {}
    paths[operation.path]![operation.method] = describeOperation(operation)
  }

  return {
    openapi: '3.1.0',
    info,
    paths,
    components: {
      schemas: { Error: toSchema(errorBodySchema, 'output') },
      securitySchemes: {
        sessionCookie: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
        bearerToken: { type: 'http', scheme: 'bearer' },
        eventSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Talent-Sync-Signature',
          description: 't=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>">',
        },
      },
    },
  }
}
