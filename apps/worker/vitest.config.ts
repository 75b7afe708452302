import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    // Fault tests start real worker processes and a sandbox; they need minutes, not seconds.
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
})
