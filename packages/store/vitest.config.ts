import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // PGlite's first start in a new data folder takes several seconds.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
})
