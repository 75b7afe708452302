import { theme } from '../theme.js'
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import PrimeVue from 'primevue/config'
import ConfirmationService from 'primevue/confirmationservice'
import ConfirmDialog from 'primevue/confirmdialog'
import { defineComponent, h, type Component } from 'vue'
import { createMemoryHistory, RouterView, type Router } from 'vue-router'

import { createAppRouter } from '../router/index.js'

/** A mounted screen with its router. */
export interface MountedPage {
  wrapper: VueWrapper
  router: Router
}

/**
 * Mounts the dashboard's router view at `path` with Pinia, PrimeVue and the
 * confirmation dialog, the way `main.ts` sets them up, and waits until the
 * screen's first requests have settled. `root` replaces the bare router
 * view, for tests of the whole app shell.
 */
export async function mountPage(path: string, root?: Component): Promise<MountedPage> {
  const pinia = createPinia()
  setActivePinia(pinia)
  const router = createAppRouter(createMemoryHistory())

  const Root = defineComponent({
    render: () => [h('main', [h(RouterView)]), h(ConfirmDialog)],
  })

  const wrapper = mount(root ?? Root, {
    attachTo: document.body,
    global: {
      plugins: [pinia, router, [PrimeVue, { theme: { preset: theme } }], ConfirmationService],
    },
  })

  await router.push(path)
  await router.isReady()
  await flushPromises()
  return { wrapper, router }
}

/** Clicks a button of the confirmation dialog, which PrimeVue renders outside the page. */
export async function clickDialogButton(label: string): Promise<void> {
  const buttons = Array.from(
    document.body.querySelectorAll<HTMLButtonElement>('[role="alertdialog"] button'),
  )
  const button = buttons.find((candidate) => candidate.textContent?.trim() === label)
  if (!button) throw new Error(`no confirmation button labelled ${label}`)
  button.click()
  await flushPromises()
}
