import { defineStore } from 'pinia'
import { computed, ref } from 'vue'

import { api } from '../api/instance.js'
import type { ConnectionCredentials, ConnectionInfo } from '../api/types.js'

/** Store of the team's CRM connection and the event signing secret. */
export const useConnectionStore = defineStore('connection', () => {
  const connection = ref<ConnectionInfo | null>(null)
  /** The newest signing secret, kept in memory only until the admin hides it. */
  const revealedSecret = ref<string | null>(null)
  /** When the signing secret before the revealed one stops verifying events. */
  const previousValidUntil = ref<string | null>(null)

  const status = computed(() => connection.value?.status ?? 'not_configured')
  const needsReconnect = computed(() => status.value === 'needs_reconnect')

  /** Loads the connection status. */
  async function load(): Promise<void> {
    connection.value = await api.getConnection()
  }

  /** Checks the credentials against the CRM; the connection is saved only when they work. */
  async function activate(credentials: ConnectionCredentials): Promise<void> {
    connection.value = await api.activateConnection(credentials)
  }

  /** Removes the connection. */
  async function deactivate(): Promise<void> {
    await api.deactivateConnection()
    await load()
  }

  /** Makes a new signing secret and keeps it for display once. */
  async function rotateSecret(): Promise<void> {
    const rotated = await api.rotateSigningSecret()
    revealedSecret.value = rotated.signingSecret
    previousValidUntil.value = rotated.previousValidUntil
  }

  /** Forgets the revealed signing secret. */
  function hideSecret(): void {
    revealedSecret.value = null
    previousValidUntil.value = null
  }

  /** Forgets everything, for sign-out. */
  function clear(): void {
    connection.value = null
    hideSecret()
  }

  return {
    connection,
    revealedSecret,
    previousValidUntil,
    status,
    needsReconnect,
    load,
    activate,
    deactivate,
    rotateSecret,
    hideSecret,
    clear,
  }
})
