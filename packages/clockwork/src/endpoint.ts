/** HTTP method of a Clockwork endpoint. */
export type ClockworkMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

/**
 * One Clockwork v3 route, relative to the firm's base path `/v3.0/{firm}`. Parameters are written
 * `:name`, the form Hono and most routers take.
 */
export interface ClockworkEndpoint {
  readonly method: ClockworkMethod
  readonly pattern: string
}

/** Parameters named in a route pattern, each a string. */
export type PathParams<Pattern extends string> =
  Pattern extends `${string}:${infer Param}/${infer Rest}`
    ? { [Key in Param]: string } & PathParams<`/${Rest}`>
    : Pattern extends `${string}:${infer Param}`
      ? { [Key in Param]: string }
      : Record<never, never>
