import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

import { ApiError, describeError } from '../api/errors.js'
import { api } from '../api/instance.js'
import type { SessionInfo } from '../api/types.js'

/** Sign-in state of the dashboard; `unknown` until the session was loaded. */
export type SessionState = 'unknown' | 'signed_in' | 'signed_out'

/** Store of the signed-in user and team, with sign-in and sign-out. */
export const useSessionStore = defineStore('session', () => {
  const session = ref<SessionInfo | null>(null)
  const state = ref<SessionState>('unknown')
  const loadError = ref<string | null>(null)

  const user = computed(() => session.value?.user ?? null)
  const team = computed(() => session.value?.team ?? null)
  const isAdmin = computed(() => session.value?.user.role === 'admin')

  function forget(): void {
    session.value = null
    state.value = 'signed_out'
  }

  // A 401 on any call means the session expired, so every screen falls back to sign-in.
  api.http.onUnauthorized = forget

  /** Loads the current session once; any failure leaves the dashboard signed out. */
  async function load(): Promise<void> {
    if (state.value !== 'unknown') return
    try {
      session.value = await api.getSession()
      state.value = 'signed_in'
    } catch (error) {
      // Any failure shows the sign-in form; only a failure other than 401 needs a message.
      loadError.value =
        error instanceof ApiError && error.status === 401 ? null : describeError(error)
      forget()
    }
  }

  /** Signs in; rejects with the API's error when the e-mail or password is wrong. */
  async function signIn(email: string, password: string): Promise<void> {
    session.value = await api.signIn(email, password)
    state.value = 'signed_in'
    loadError.value = null
  }

  /** Signs out. The session is cleared here even when the call fails. */
  async function signOut(): Promise<void> {
    try {
      await api.signOut()
    } finally {
      forget()
    }
  }

  return { session, state, loadError, user, team, isAdmin, load, signIn, signOut }
})
