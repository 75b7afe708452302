import { createRouter, createWebHistory, type Router, type RouterHistory } from 'vue-router'

import { useSessionStore } from '../stores/session.js'
import { routes } from './routes.js'

declare module 'vue-router' {
  interface RouteMeta {
    /** Reachable without signing in. */
    public?: boolean
    /** Page title, also announced to screen readers on navigation. */
    title?: string
  }
}

/**
 * Creates the router: screens other than sign-in need a session, and a
 * signed-in user who opens the sign-in page goes to the dashboard.
 */
export function createAppRouter(history: RouterHistory = createWebHistory()): Router {
  const router = createRouter({ history, routes })

  router.beforeEach(async (to) => {
    const session = useSessionStore()
    await session.load()

    if (to.meta.public) {
      return to.name === 'sign-in' && session.state === 'signed_in'
        ? { name: 'integrations' }
        : true
    }
    if (session.state !== 'signed_in') {
      return { name: 'sign-in', query: { redirect: to.fullPath } }
    }
    return true
  })

  router.afterEach((to) => {
    document.title = to.meta.title ? `${to.meta.title} · talent-sync` : 'talent-sync'
  })

  return router
}
