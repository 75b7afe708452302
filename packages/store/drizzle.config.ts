import { defineConfig } from 'drizzle-kit'

/** drizzle-kit reads the table definitions here and writes SQL migrations to `drizzle/`. */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './drizzle',
})
