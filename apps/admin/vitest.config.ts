import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  plugins: [vue()],
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.ts'],
    // Mounting the first PrimeVue screen in a worker transforms many modules, which takes seconds on a busy machine.
    testTimeout: 30_000,
  },
})
