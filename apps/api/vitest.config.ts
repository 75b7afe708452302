import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // Sign-in tests hash passwords with scrypt and integration tests create databases, which
    // take seconds on a busy machine; the default of 5 s is too tight there.
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
})
