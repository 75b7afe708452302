import type { RouteRecordRaw } from 'vue-router'

/** Tabs of the settings screen, in display order. */
export const SETTINGS_TABS = ['general', 'sync', 'mapping', 'effective'] as const

/** One of {@link SETTINGS_TABS}. */
export type SettingsTab = (typeof SETTINGS_TABS)[number]

/**
 * The dashboard's screens. Each screen is its own chunk, so the first load
 * carries only the shell and the sign-in form.
 */
export const routes: RouteRecordRaw[] = [
  {
    path: '/sign-in',
    name: 'sign-in',
    component: () => import('../pages/SignInPage.vue'),
    meta: { public: true, title: 'Sign in' },
  },
  { path: '/', redirect: { name: 'integrations' } },
  {
    path: '/integrations',
    name: 'integrations',
    component: () => import('../pages/IntegrationsPage.vue'),
    meta: { title: 'Integrations' },
  },
  {
    path: `/settings/:tab(${SETTINGS_TABS.join('|')})?`,
    name: 'settings',
    component: () => import('../pages/SettingsPage.vue'),
    meta: { title: 'Settings' },
  },
  {
    path: '/history',
    name: 'history',
    component: () => import('../pages/HistoryPage.vue'),
    meta: { title: 'Settings history' },
  },
  {
    path: '/activity',
    name: 'activity',
    component: () => import('../pages/ActivityPage.vue'),
    meta: { title: 'Activity' },
  },
  {
    path: '/preview',
    name: 'preview',
    component: () => import('../pages/PreviewPage.vue'),
    meta: { title: 'Preview' },
  },
  {
    path: '/:path(.*)*',
    name: 'not-found',
    component: () => import('../pages/NotFoundPage.vue'),
    meta: { public: true, title: 'Page not found' },
  },
]
