import { useEventListener } from '@vueuse/core'
import { useConfirm } from 'primevue/useconfirm'
import type { Ref } from 'vue'
import { onBeforeRouteLeave } from 'vue-router'

/**
 * Guards unsaved changes: leaving the screen in the app needs a
 * confirmation, and closing or reloading the tab opens the browser's prompt.
 */
export function useUnsavedGuard(dirty: Ref<boolean>, discard: () => void): void {
  const confirm = useConfirm()

  useEventListener(window, 'beforeunload', (event: BeforeUnloadEvent) => {
    if (!dirty.value) return
    event.preventDefault()
    // Older browsers show the prompt only when returnValue is set.
    event.returnValue = ''
  })

  onBeforeRouteLeave(() => {
    if (!dirty.value) return true
    return new Promise<boolean>((resolve) => {
      confirm.require({
        header: 'Leave without saving?',
        message: 'Your changes to the settings are not saved yet.',
        acceptProps: { label: 'Discard changes', severity: 'danger' },
        rejectProps: { label: 'Stay on this page', severity: 'secondary', outlined: true },
        accept: () => {
          discard()
          resolve(true)
        },
        reject: () => resolve(false),
        onHide: () => resolve(false),
      })
    })
  })
}
