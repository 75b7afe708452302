import vue from '@vitejs/plugin-vue'
import { defineConfig, loadEnv } from 'vite'

const API_PATHS = ['/v1', '/healthz', '/openapi.json']

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), 'VITE_')
  const target = env.VITE_API_URL ?? 'http://127.0.0.1:3000'

  return {
    plugins: [vue()],
    server: {
      host: '127.0.0.1',
      proxy: Object.fromEntries(API_PATHS.map((path) => [path, { target, changeOrigin: false }])),
    },
    build: {
      outDir: 'dist',
      emptyOutDir: true,
      sourcemap: false,
      manifest: true,
    },
  }
})
