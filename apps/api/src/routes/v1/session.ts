import {
  authenticateUser,
  createSession,
  deleteSessionByToken,
  getTeam,
  getUser,
  normalizeEmail,
} from '@talent-sync/store'
import { Hono } from 'hono'
import { z } from 'zod'

import { requireUser } from '../../auth/authenticate.js'
import {
  checkRateLimit,
  loginRateLimitKey,
  recordFailedAttempt,
  resetRateLimit,
} from '../../auth/rate-limit.js'
import {
  clearSessionCookie,
  readSessionCookie,
  setSessionCookie,
} from '../../auth/session-cookie.js'
import type { AppDeps } from '../../deps.js'
import type { AppEnv } from '../../env.js'
import { ApiError, notFound } from '../../errors.js'
import { clientAddress } from '../../http/client-address.js'
import { readBody } from '../../http/read-json.js'
import type { OperationSpec } from '../../openapi/operation.js'
import { presentTeam, presentUser, teamViewSchema, userViewSchema } from './presenters.js'

const signInSchema = z.strictObject({
  email: z.string().trim().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(1_000),
})

const sessionViewSchema = z.object({
  user: userViewSchema,
  team: teamViewSchema,
  csrfToken: z
    .string()
    .nullable()
    .describe('Send it as X-CSRF-Token on cookie requests that change data.'),
})

/** Operations of {@link sessionRoutes}. */
export const sessionOperations: OperationSpec[] = [
  {
    method: 'post',
    path: '/v1/session',
    summary: 'Sign in; sets the session cookie and returns the CSRF token.',
    tag: 'session',
    auth: 'none',
    body: signInSchema,
    responses: { 200: { description: 'Signed in.', schema: sessionViewSchema } },
    errors: [400, 401, 429],
  },
  {
    method: 'get',
    path: '/v1/session',
    summary: 'The signed-in user and team.',
    tag: 'session',
    auth: 'user',
    responses: { 200: { description: 'The caller.', schema: sessionViewSchema } },
  },
  {
    method: 'delete',
    path: '/v1/session',
    summary: 'Sign out.',
    tag: 'session',
    auth: 'user',
    responses: { 204: { description: 'Signed out.' } },
  },
]

/** `POST`, `GET` and `DELETE /v1/session`: sign in, who am I, sign out. */
export function sessionRoutes(deps: AppDeps): Hono<AppEnv> {
  const app = new Hono<AppEnv>()
  const auth = requireUser(deps)
  const { config } = deps

  app.post('/v1/session', async (c) => {
    const input = await readBody(c, signInSchema)
    const limits = {
      maxAttempts: config.loginMaxAttempts,
      windowSeconds: config.loginWindowSeconds,
    }
    const emailLimit = {
      key: loginRateLimitKey(config.redisKeyPrefix, 'email', normalizeEmail(input.email)),
      ...limits,
    }
    const addressLimit = {
      key: loginRateLimitKey(config.redisKeyPrefix, 'ip', clientAddress(c, config.trustedProxies)),
      ...limits,
    }
    await checkRateLimit(deps.redis, addressLimit)
    await checkRateLimit(deps.redis, emailLimit)

    const user = await authenticateUser(deps.db, input.email, input.password)
    if (!user) {
      // Only failures count, so people sharing one address (an office, a demo on loopback)
      // can sign in as often as they need.
      await recordFailedAttempt(deps.redis, addressLimit)
      await recordFailedAttempt(deps.redis, emailLimit)
      c.var.logger.info('sign-in failed')
      throw new ApiError('unauthorized', 'The e-mail address or password is wrong.')
    }
    await resetRateLimit(deps.redis, emailLimit.key)

    const team = await getTeam(deps.db, user.teamId)
    if (!team) throw notFound('The team')
    const { token, session } = await createSession(deps.db, {
      teamId: user.teamId,
      userId: user.id,
      ttlMs: config.sessionTtlMs,
      now: deps.clock.now(),
    })

    setSessionCookie(c, config, token, session.expiresAt)
    c.var.logger.info({ teamId: user.teamId, userId: user.id }, 'signed in')
    return c.json({
      user: presentUser(user),
      team: presentTeam(team),
      csrfToken: session.csrfToken,
    })
  })

  app.get('/v1/session', auth, async (c) => {
    const { teamId, userId, csrfToken } = c.var.principal
    const [user, team] = await Promise.all([
      getUser(deps.db, teamId, userId),
      getTeam(deps.db, teamId),
    ])
    if (!user || !team) throw notFound('The user')

    return c.json({
      user: presentUser(user),
      team: presentTeam(team),
      csrfToken: csrfToken ?? null,
    })
  })

  app.delete('/v1/session', auth, async (c) => {
    const token = readSessionCookie(c)
    if (c.var.principal.via === 'session' && token) await deleteSessionByToken(deps.db, token)

    clearSessionCookie(c, config)
    return c.body(null, 204)
  })

  return app
}
