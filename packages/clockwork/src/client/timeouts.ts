import { Dispatcher, getGlobalDispatcher } from 'undici'

/**
 * Extra time the dispatcher waits beyond a call's deadline before it closes the request. Undici's
 * head and body timers tick about every half second, so they may fire up to about half a second
 * early or a second late (undici 6, `lib/util/timers.js`). With this margin, the call's own
 * deadline fires first and decides the error the caller receives.
 */
const closeMarginMs = 1000

/** Number of cached dispatchers beyond which the cache starts over. */
const maxCachedDispatchers = 64

// NOTE: the dispatcher comes from the undici package and fetch from Node. Only the pairing on Node 20.20 (both undici 6.24) is tested.
/**
 * Dispatcher that sends each request through the global one with a head and a body timeout, so
 * that a request whose call gave up is closed without an `AbortSignal`. In undici 6, `fetch`
 * gives every request that carries a signal an abort listener, a `WeakRef` and a finalizer, which
 * showed in profiles of loopback calls.
 */
class TimeoutDispatcher extends Dispatcher {
  readonly #timeoutMs: number

  constructor(timeoutMs: number) {
    super()
    this.#timeoutMs = timeoutMs
  }

  override dispatch(
    options: Dispatcher.DispatchOptions,
    handler: Dispatcher.DispatchHandlers,
  ): boolean {
    // The global dispatcher is read on each call, so a proxy agent set later still applies.
    const timeouts = { headersTimeout: this.#timeoutMs, bodyTimeout: this.#timeoutMs }
    return getGlobalDispatcher().dispatch({ ...options, ...timeouts }, handler)
  }

  // The connections belong to the global dispatcher, so closing this wrapper closes nothing.
  override close(): Promise<void> {
    return Promise.resolve()
  }

  override destroy(): Promise<void> {
    return Promise.resolve()
  }
}

const dispatchers = new Map<number, Dispatcher>()

/**
 * Returns the dispatcher for calls with a deadline of `timeoutMs`. It closes a request whose head
 * does not arrive, or whose body pauses, for `timeoutMs` plus a margin. Dispatchers are shared per
 * timeout value, and the cache starts over when callers use too many values.
 */
export function timeoutDispatcher(timeoutMs: number): Dispatcher {
  let dispatcher = dispatchers.get(timeoutMs)
  if (dispatcher === undefined) {
    if (dispatchers.size >= maxCachedDispatchers) {
      dispatchers.clear()
    }
    dispatcher = new TimeoutDispatcher(timeoutMs + closeMarginMs)
    dispatchers.set(timeoutMs, dispatcher)
  }
  return dispatcher
}

const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

/**
 * Tells whether a `fetch` failure, or one of its causes, is a head or body timeout of
 * {@link timeoutDispatcher}. `fetch` wraps undici's error as the `cause` of a `TypeError`.
 */
export function isResponseTimeout(error: unknown): boolean {
  let current = error
  // A few levels suffice, and the bound guards against a cause that points back at its error.
  for (let depth = 0; depth < 5 && current instanceof Error; depth += 1) {
    if ('code' in current && timeoutCodes.has(String(current.code))) {
      return true
    }
    current = current.cause
  }
  return false
}
