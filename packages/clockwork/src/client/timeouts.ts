import { Dispatcher, getGlobalDispatcher } from 'undici'

/**
 * Dispatcher that sends each request through the global one with a head and a body timeout.
 * The timeouts run on undici's shared coarse timer, so a call needs neither an `AbortController`
 * nor a timer of its own. In undici 6, `fetch` gives every request that carries a signal an abort
 * listener, a `WeakRef` and a finalizer, which cost about a fifth of a loopback call in a probe.
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
 * Returns the dispatcher that gives up on a response whose head does not arrive within
 * `timeoutMs`, or whose body pauses for longer. Dispatchers are shared per timeout value, because
 * a process uses only a few.
 */
export function timeoutDispatcher(timeoutMs: number): Dispatcher {
  let dispatcher = dispatchers.get(timeoutMs)
  if (dispatcher === undefined) {
    dispatcher = new TimeoutDispatcher(timeoutMs)
    dispatchers.set(timeoutMs, dispatcher)
  }
  return dispatcher
}

const timeoutCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])

/**
 * Tells whether a `fetch` failure, or one of its causes, is a head or body timeout of
 * {@link timeoutDispatcher}. `fetch` wraps undici's error in a `TypeError`, once or twice.
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
