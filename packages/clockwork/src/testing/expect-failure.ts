import { expect } from 'vitest'

import { ClockworkError } from '../client/errors.js'

/** Awaits a call that must fail and returns its {@link ClockworkError}. */
export async function expectClockworkFailure(call: Promise<unknown>): Promise<ClockworkError> {
  const error = await call.then(
    () => undefined,
    (reason: unknown) => reason,
  )
  expect(error).toBeInstanceOf(ClockworkError)
  return error as ClockworkError
}
