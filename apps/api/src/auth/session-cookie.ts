import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'

import type { AppConfig } from '../deps.js'

/** Name of the session cookie. */
export const SESSION_COOKIE = 'talent_sync_session'

function isSecure(c: Context, config: AppConfig): boolean {
  if (config.secureCookies !== 'auto') return config.secureCookies
  return new URL(c.req.url).protocol === 'https:'
}

/** Sets the session cookie: httpOnly, SameSite=Lax, and Secure over https. */
export function setSessionCookie(
  c: Context,
  config: AppConfig,
  token: string,
  expiresAt: Date,
): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Lax',
    secure: isSecure(c, config),
    path: '/',
    expires: expiresAt,
  })
}

/** Returns the session token from the request's cookie, if any. */
export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SESSION_COOKIE) || undefined
}

/** Clears the session cookie. */
export function clearSessionCookie(c: Context, config: AppConfig): void {
  deleteCookie(c, SESSION_COOKIE, {
    path: '/',
    secure: isSecure(c, config),
    httpOnly: true,
    sameSite: 'Lax',
  })
}
